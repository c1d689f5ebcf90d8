package com.healthoptions.mtm.verification;

import java.time.Duration;

/**
 * {@code maxFailures} failures within {@code window} of the first lock the subject for {@code lockout};
 * {@code maxConsecutive} failures without a success in between (0: no such cap) hold it for {@code hold}
 * (or until staff lift it).
 */
public record FailureLimit(int maxFailures, Duration window, Duration lockout, int maxConsecutive, Duration hold) {

    public FailureLimit {
        if (maxFailures < 1 || maxConsecutive < 0 || maxConsecutive > 100) {
            throw new IllegalArgumentException("failure limits: maxFailures >= 1, maxConsecutive in 0..100");
        }
        if (maxConsecutive > 0 && (hold == null || hold.isNegative() || hold.isZero())) {
            throw new IllegalArgumentException("failure limits: a consecutive-failure cap needs a positive hold");
        }
    }

    public FailureLimit(int maxFailures, Duration window, Duration lockout) {
        this(maxFailures, window, lockout, 0, null);
    }
}
