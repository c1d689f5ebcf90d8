package com.healthoptions.mtm.eligibility;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A plan's MTM targeting criteria for one plan year (42 CFR 423.153(d)(2)). {@code countedConditions}
 * lists the countable items: a CMS core disease (any of its finer conditions matches) or a finer
 * condition the plan names itself.
 */
public record PlanCriteria(
        String planId,
        String contractId,
        int planYear,
        int minChronicConditions,
        Set<String> countedConditions,
        int minChronicDrugs,
        BigDecimal annualCostThreshold,
        boolean dmpAtRiskQualifies,
        String source) {

    public PlanCriteria {
        countedConditions = Set.copyOf(countedConditions);
    }
}
