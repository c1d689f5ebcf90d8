package com.healthoptions.mtm.http;

/** Verified claims without the staff scope on a route for staff only. */
public class NotStaffException extends RuntimeException {

    public NotStaffException() {
        super("This resource is for staff tokens only.");
    }
}
