package com.healthoptions.mtm.enrollment.http;

import com.healthoptions.mtm.enrollment.EnrollmentActor;

/** A verified portal caller: staff (by scope, named by token subject) or a member (by their member id claim). */
public record PortalCaller(boolean staff, String staffSubject, String ownMemberId) {

    /**
     * The actor allowed to act on {@code memberId}: staff on anyone, a member on themself only.
     *
     * @throws NotYourEnrollmentException for a member acting on another member id, existing or not
     */
    public EnrollmentActor actingOn(String memberId) {
        if (staff) {
            return EnrollmentActor.staff(staffSubject);
        }
        if (ownMemberId == null || !ownMemberId.equals(memberId)) {
            throw new NotYourEnrollmentException();
        }
        return EnrollmentActor.member(ownMemberId);
    }
}
