package com.healthoptions.mtm.verification;

import java.time.Instant;

/**
 * A failed-attempt counter as stored in {@code verification_throttle}. Pure: the services load it under a
 * row lock, ask it questions with the database's clock and write back what {@link #failed} or
 * {@link #succeeded} returns.
 *
 * @param held the current lock is a hold (the consecutive-failure cap was reached); it too ends at
 *     {@code lockedUntil}
 */
public record FailureCounter(CounterKey id, int failures, int consecutiveFailures, Instant windowStartedAt,
        Instant lockedUntil, boolean held) {

    public record CounterKey(CounterKind kind, String key) implements Comparable<CounterKey> {
        @Override
        public int compareTo(CounterKey other) {
            int byKind = kind.compareTo(other.kind);
            return byKind != 0 ? byKind : key.compareTo(other.key);
        }
    }

    public static FailureCounter fresh(CounterKey id, Instant now) {
        return new FailureCounter(id, 0, 0, now, null, false);
    }

    /**
     * The counter as it stands at {@code now}: an ended lock or hold, or an elapsed window, starts a new
     * count. Consecutive failures survive an ended hold, so the next failure holds again at once (NIST's
     * cap on consecutive failures keeps meaning something); only a success or staff clear them.
     */
    public FailureCounter asOf(Instant now, FailureLimit limit) {
        boolean lockEnded = lockedUntil != null && !now.isBefore(lockedUntil);
        boolean windowEnded = lockedUntil == null && failures > 0
                && !now.isBefore(windowStartedAt.plus(limit.window()));
        return lockEnded || windowEnded
                ? new FailureCounter(id, 0, consecutiveFailures, now, null, false)
                : this;
    }

    public boolean locked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** True when nothing is counted: a success or a lift need not write it. */
    public boolean clear() {
        return failures == 0 && consecutiveFailures == 0 && lockedUntil == null && !held;
    }

    /** Failures still allowed before the lock (0 when locked). */
    public int remaining(Instant now, FailureLimit limit) {
        if (locked(now)) {
            return 0;
        }
        int left = limit.maxFailures() - failures;
        if (limit.maxConsecutive() > 0) {
            left = Math.min(left, limit.maxConsecutive() - consecutiveFailures);
        }
        return Math.max(0, left);
    }

    public FailureCounter failed(Instant now, FailureLimit limit) {
        int count = failures + 1;
        int inARow = consecutiveFailures + 1;
        Instant windowStart = failures == 0 ? now : windowStartedAt;
        if (limit.maxConsecutive() > 0 && inARow >= limit.maxConsecutive()) {
            return new FailureCounter(id, count, inARow, windowStart, now.plus(limit.hold()), true);
        }
        Instant until = count >= limit.maxFailures() ? now.plus(limit.lockout()) : lockedUntil;
        return new FailureCounter(id, count, inARow, windowStart, until, held);
    }

    /** After a success, or when staff lift a lock or hold: nothing counted. */
    public FailureCounter succeeded(Instant now) {
        return new FailureCounter(id, 0, 0, now, null, false);
    }
}
