package com.healthoptions.mtm.http;

/** The request reached the function without verified JWT claims. */
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException() {
        super("No verified token claims on the request.");
    }
}
