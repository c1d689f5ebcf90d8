package com.healthoptions.mtm.enrollment;

/**
 * The answer to an opt-out or opt-back-in: the state now, whether this request changed it, and whether
 * it is the stored answer to an earlier request with the same idempotency key.
 */
public record EnrollmentChange(EnrollmentState state, boolean changed, boolean replayed) {
}
