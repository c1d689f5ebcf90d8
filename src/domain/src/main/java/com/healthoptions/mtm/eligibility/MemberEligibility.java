package com.healthoptions.mtm.eligibility;

/** A stored member's decision together with their current enrollment for that plan year. */
public record MemberEligibility(EligibilityDecision decision, EnrollmentSummary enrollment) {
}
