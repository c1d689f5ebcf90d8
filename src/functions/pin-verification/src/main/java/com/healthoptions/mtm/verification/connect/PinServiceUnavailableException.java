package com.healthoptions.mtm.verification.connect;

/**
 * The database could not be used for this call (unreachable, connection lost, a statement or lock wait over
 * its PostgreSQL limit, the call over its budget). Never leaves the function: {@link PinContactFlow} answers
 * {@code {"result":"UNAVAILABLE"}}, which the contact flow routes to "please call back". No detail, no cause.
 */
public class PinServiceUnavailableException extends RuntimeException {

    public PinServiceUnavailableException() {
        super("PIN service unavailable", null, false, false);
    }
}
