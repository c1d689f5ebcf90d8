package com.healthoptions.mtm.eligibility;

import com.healthoptions.mtm.enrollment.EnrollmentStatus;
import com.healthoptions.mtm.enrollment.MtmEnrollment;
import java.time.LocalDate;

/** A member's MTM enrollment state for a plan year, as shown beside an eligibility decision. */
public record EnrollmentSummary(EnrollmentStatus status, LocalDate enrollmentDate, LocalDate optOutDate,
        String optOutReason) {

    public static EnrollmentSummary of(MtmEnrollment enrollment) {
        if (enrollment == null) {
            return new EnrollmentSummary(EnrollmentStatus.NOT_ENROLLED, null, null, null);
        }
        return new EnrollmentSummary(enrollment.status(), enrollment.enrollmentDate, enrollment.optOutDate,
                enrollment.optOutReason);
    }
}
