package com.healthoptions.mtm.enrollment.http;

/** A member asked about or changed another member id; the answer says nothing about that id. */
public class NotYourEnrollmentException extends RuntimeException {

    public NotYourEnrollmentException() {
        super("A member may act on their own enrollment only.");
    }
}
