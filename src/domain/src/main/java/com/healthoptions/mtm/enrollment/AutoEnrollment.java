package com.healthoptions.mtm.enrollment;

import com.healthoptions.mtm.eligibility.EligibilityDecision;
import java.time.LocalDate;

/**
 * Opt-out enrollment (42 CFR 423.153(d)(1)): a member targeted for the current plan year is enrolled
 * unless they opted out. Intake's runs and a member's opt-back-in both ask {@link #mayEnroll}; the
 * "not opted out" half is decided under the row lock where the enrollment is written.
 */
public final class AutoEnrollment {

    private AutoEnrollment() {
    }

    /**
     * Whether the decision lets the member be enrolled on {@code day}: targeted for that day's plan year,
     * and in the plan that day (coverage started, not ended, not deceased). A death or an end of coverage
     * is never followed by an enrollment.
     */
    public static boolean mayEnroll(EligibilityDecision decision, LocalDate day) {
        return decision.eligible() && decision.planYear() == day.getYear() && decision.coverage().covers(day);
    }
}
