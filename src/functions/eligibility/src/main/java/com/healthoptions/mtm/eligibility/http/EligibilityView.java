package com.healthoptions.mtm.eligibility.http;

import com.healthoptions.mtm.eligibility.CriterionResult;
import com.healthoptions.mtm.eligibility.EligibilityDecision;
import com.healthoptions.mtm.eligibility.EnrollmentSummary;
import com.healthoptions.mtm.eligibility.MemberEligibility;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The eligibility answer as the API returns it. */
@RegisterForReflection
@Schema(name = "Eligibility")
public record EligibilityView(
        @Schema(nullable = true, description = "Null for a what-if evaluation") String memberId,
        @Schema(required = true) String planId,
        @Schema(required = true) int planYear,
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true) boolean eligible,
        @Schema(required = true, enumeration = {"01", "02", "03", "04"},
                description = "CMS reason targeted: 01 diseases/drugs/cost, 02 DMP at-risk, 03 both, 04 none")
        String reasonTargeted,
        @Schema(required = true, description = "Covered cost seen so far in the window, annualised (dollars)")
        BigDecimal projectedAnnualCost,
        @Schema(nullable = true, description = "First day the member met the criteria; null when not eligible")
        LocalDate dateMetCriteria,
        @Schema(required = true) List<Criterion> criteria,
        @Schema(nullable = true, description = "Null for a what-if evaluation") Enrollment enrollment) {

    @RegisterForReflection
    public record Criterion(
            @Schema(required = true, implementation = CriterionResult.Criterion.class) String name,
            @Schema(required = true, description = "What the plan requires: a count, dollars, or true (DMP at-risk)")
            Object required,
            @Schema(required = true, description = "What the member has, in the same unit") Object actual,
            @Schema(required = true) boolean met,
            @Schema(nullable = true, description = "The counting basis, where the plan has a choice") String basis,
            @Schema(nullable = true, description = "First day met; null when not met") LocalDate metOn,
            @Schema(required = true) List<String> evidence) {

        static Criterion of(CriterionResult r) {
            return new Criterion(r.name().name(), r.required(), r.actual(), r.met(), r.basis(), r.metOn(), r.evidence());
        }
    }

    @RegisterForReflection
    @Schema(name = "EligibilityEnrollment")
    public record Enrollment(
            @Schema(required = true, implementation = com.healthoptions.mtm.enrollment.EnrollmentStatus.class) String status,
            @Schema(nullable = true) LocalDate enrollmentDate,
            @Schema(nullable = true) LocalDate optOutDate,
            @Schema(nullable = true, enumeration = {"01", "02", "03", "99"},
                    description = "CMS opt-out reason: 01 death, 02 disenrollment, 03 beneficiary request, 99 other")
            String optOutReason) {

        static Enrollment of(EnrollmentSummary s) {
            return new Enrollment(s.status().name(), s.enrollmentDate(), s.optOutDate(), s.optOutReason());
        }
    }

    public static EligibilityView of(MemberEligibility m) {
        return of(m.decision(), Enrollment.of(m.enrollment()));
    }

    public static EligibilityView of(EligibilityDecision d, Enrollment enrollment) {
        return new EligibilityView(d.memberId(), d.planId(), d.planYear(), d.asOf(), d.eligible(),
                d.reasonTargeted().code(), d.projectedAnnualCost(), d.dateMetCriteria(),
                d.criteria().stream().map(Criterion::of).toList(), enrollment);
    }
}
