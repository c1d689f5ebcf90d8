package com.healthoptions.mtm.enrollment;

/**
 * A member tried to take back an opt-out that staff recorded for a reason only staff may record (death,
 * disenrollment, other): only staff may withdraw it.
 */
public class OptOutReservedForStaffException extends RuntimeException {

    public OptOutReservedForStaffException(String reasonCode) {
        super("This opt-out (reason " + reasonCode + ") was recorded by staff and can be withdrawn by staff only; "
                + "contact member services.");
    }
}
