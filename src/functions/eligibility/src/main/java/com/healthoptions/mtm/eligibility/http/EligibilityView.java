package com.healthoptions.mtm.eligibility.http;

import com.healthoptions.mtm.eligibility.CriterionResult;
import com.healthoptions.mtm.eligibility.EligibilityDecision;
import com.healthoptions.mtm.eligibility.EnrollmentSummary;
import com.healthoptions.mtm.eligibility.MemberEligibility;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The eligibility answer as the API returns it. */
@RegisterForReflection
public record EligibilityView(
        String memberId,
        String planId,
        int planYear,
        LocalDate asOf,
        boolean eligible,
        String reasonTargeted,
        BigDecimal projectedAnnualCost,
        LocalDate dateMetCriteria,
        List<Criterion> criteria,
        Enrollment enrollment) {

    @RegisterForReflection
    public record Criterion(String name, Object required, Object actual, boolean met, String basis, LocalDate metOn,
            List<String> evidence) {

        static Criterion of(CriterionResult r) {
            return new Criterion(r.name().name(), r.required(), r.actual(), r.met(), r.basis(), r.metOn(), r.evidence());
        }
    }

    @RegisterForReflection
    public record Enrollment(String status, LocalDate enrollmentDate, LocalDate optOutDate, String optOutReason) {

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
