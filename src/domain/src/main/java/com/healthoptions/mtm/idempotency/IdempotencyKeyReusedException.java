package com.healthoptions.mtm.idempotency;

/** The caller sent an idempotency key they already used for a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request.");
    }
}
