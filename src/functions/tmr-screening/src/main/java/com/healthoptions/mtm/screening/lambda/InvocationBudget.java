package com.healthoptions.mtm.screening.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * How much of an invocation is left for new work. The first piece of work is always allowed (so every invocation
 * of a long run makes progress); later ones only while more than the reserve remains of the invocation's time.
 * That time is the configured limit when one is set, else what Lambda's deadline leaves (Lambda runs a function
 * for at most 15 minutes: a context that gives no deadline in that range, as Quarkus's test event server does,
 * gives none), else unbounded.
 */
final class InvocationBudget {

    private static final long LAMBDA_MAXIMUM_MILLIS = Duration.ofMinutes(15).toMillis();

    private final long deadlineNanos;
    private final boolean bounded;
    private final long reserveNanos;
    private boolean started;

    private InvocationBudget(Optional<Duration> time, Duration reserve) {
        this.bounded = time.isPresent();
        this.deadlineNanos = System.nanoTime() + time.map(Duration::toNanos).orElse(0L);
        this.reserveNanos = reserve.toNanos();
    }

    /** The budget of this invocation: {@code limit} when set, else the context's deadline, else none. */
    static InvocationBudget of(Context context, Optional<Duration> limit, Duration reserve) {
        if (limit.isPresent()) {
            return new InvocationBudget(limit, reserve);
        }
        long remaining = context == null ? 0 : context.getRemainingTimeInMillis();
        boolean lambdaDeadline = remaining > 0 && remaining <= LAMBDA_MAXIMUM_MILLIS;
        return new InvocationBudget(lambdaDeadline ? Optional.of(Duration.ofMillis(remaining)) : Optional.empty(),
                reserve);
    }

    /** Whether to start another batch or letter; the first call of an invocation is always yes. */
    boolean mayStartMore() {
        if (!started) {
            started = true;
            return true;
        }
        return !bounded || deadlineNanos - System.nanoTime() > reserveNanos;
    }
}
