package com.healthoptions.mtm.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The answer to "is this member MTM-eligible this plan year, and exactly why". */
public record EligibilityDecision(
        String memberId,
        String planId,
        int planYear,
        LocalDate asOf,
        boolean eligible,
        ReasonTargeted reasonTargeted,
        BigDecimal projectedAnnualCost,
        int chronicDrugCount,
        int chronicConditionCount,
        boolean dmpAtRisk,
        List<CriterionResult> criteria) {

    public EligibilityDecision {
        criteria = List.copyOf(criteria);
    }

    public CriterionResult criterion(CriterionResult.Criterion name) {
        return criteria.stream().filter(c -> c.name() == name).findFirst().orElseThrow();
    }
}
