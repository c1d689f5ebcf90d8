package com.healthoptions.mtm.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to "is this member MTM-eligible this plan year, and exactly why". {@code dateMetCriteria}
 * is the first day the member met the targeting criteria (the fill, diagnosis or DMP period that tipped
 * it), null when not eligible; {@code coverage} is the plan coverage the decision was made on.
 */
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
        LocalDate dateMetCriteria,
        Coverage coverage,
        List<CriterionResult> criteria) {

    public EligibilityDecision {
        criteria = List.copyOf(criteria);
    }

    public CriterionResult criterion(CriterionResult.Criterion name) {
        return criteria.stream().filter(c -> c.name() == name).findFirst().orElseThrow();
    }
}
