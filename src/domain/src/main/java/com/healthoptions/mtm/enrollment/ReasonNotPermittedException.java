package com.healthoptions.mtm.enrollment;

/** A member chose an opt-out reason only staff may record (death, disenrollment, other). */
public class ReasonNotPermittedException extends RuntimeException {

    public ReasonNotPermittedException(OptOutReason reason) {
        super("Opt-out reason " + reason.code() + " is recorded by staff only; a member opts out with reason "
                + OptOutReason.BENEFICIARY_REQUEST.code() + ".");
    }
}
