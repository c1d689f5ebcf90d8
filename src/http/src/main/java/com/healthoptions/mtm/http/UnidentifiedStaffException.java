package com.healthoptions.mtm.http;

/**
 * A staff token names nobody (no {@code sub}, {@code client_id} or {@code username}): what it did could not
 * be traced to anyone in the audit trail, so it does nothing.
 */
public class UnidentifiedStaffException extends RuntimeException {

    public UnidentifiedStaffException() {
        super("A staff token must name its holder in sub, client_id or username.");
    }
}
