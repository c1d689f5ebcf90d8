package com.healthoptions.mtm.enrollment.http;

import com.healthoptions.mtm.enrollment.EnrollmentState;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's MTM enrollment for the current plan year, with the CMS codes the MTM data file carries. */
@RegisterForReflection
@Schema(name = "Enrollment")
public record EnrollmentView(
        @Schema(required = true) String memberId,
        @Schema(required = true) int planYear,
        @Schema(required = true, enumeration = {"ENROLLED", "OPTED_OUT", "NOT_ENROLLED"}) String status,
        @Schema(nullable = true, description = "MTM enrollment date") LocalDate enrollmentDate,
        @Schema(nullable = true, description = "Date the member met the targeting criteria") LocalDate dateMetCriteria,
        @Schema(nullable = true) LocalDate optOutDate,
        @Schema(nullable = true, enumeration = {"01", "02", "03", "99"},
                description = "CMS opt-out reason: 01 death, 02 disenrollment, 03 beneficiary request, 99 other")
        String optOutReason,
        @Schema(nullable = true, enumeration = {"01", "02", "03"},
                description = "CMS reason targeted: 01 diseases/drugs/cost, 02 DMP at-risk, 03 both")
        String reasonTargeted) {

    static EnrollmentView of(EnrollmentState s) {
        return new EnrollmentView(s.memberId(), s.planYear(), s.status().name(), s.enrollmentDate(),
                s.dateMetCriteria(), s.optOutDate(), s.optOutReason(), s.reasonTargeted());
    }
}
