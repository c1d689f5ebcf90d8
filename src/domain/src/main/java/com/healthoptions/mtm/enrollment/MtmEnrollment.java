package com.healthoptions.mtm.enrollment;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member's MTM enrollment for one plan year: the current state. Enrollment is opt-out only; an
 * opt-out keeps its date and CMS reason code. History is in the audit trail.
 */
@Entity
@Table(name = "mtm_enrollment")
public class MtmEnrollment {

    @EmbeddedId
    public EnrollmentKey key;

    public LocalDate enrollmentDate;
    public LocalDate dateMetCriteria;
    public String reasonTargeted;
    public LocalDate optOutDate;
    public String optOutReason;
    public Instant updatedAt;

    public EnrollmentStatus status() {
        if (optOutDate != null) {
            return EnrollmentStatus.OPTED_OUT;
        }
        return enrollmentDate != null ? EnrollmentStatus.ENROLLED : EnrollmentStatus.NOT_ENROLLED;
    }
}
