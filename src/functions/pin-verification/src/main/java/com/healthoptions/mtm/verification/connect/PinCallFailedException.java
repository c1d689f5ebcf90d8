package com.healthoptions.mtm.verification.connect;

/**
 * A call failed for a reason other than a database outage: a bug. The invocation fails without detail (no
 * cause, nothing from the call; the log has the failure's types): Connect retries, then takes the flow's Error
 * branch; the retry is safe (idempotent).
 */
public class PinCallFailedException extends RuntimeException {

    public PinCallFailedException() {
        super("PIN call failed", null, false, false);
    }
}
