package com.healthoptions.mtm.verification.connect;

/**
 * The database could not answer in time. The invocation fails without detail (no cause, nothing from the
 * call): Connect retries, then takes the flow's Error branch; the retry is safe (idempotent).
 */
public class PinServiceUnavailableException extends RuntimeException {

    public PinServiceUnavailableException() {
        super("PIN service unavailable", null, false, false);
    }
}
