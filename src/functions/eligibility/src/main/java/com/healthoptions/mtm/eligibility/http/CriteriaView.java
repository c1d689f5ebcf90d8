package com.healthoptions.mtm.eligibility.http;

import com.healthoptions.mtm.eligibility.PlanCriteria;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/** A plan's targeting criteria for one year. */
@RegisterForReflection
public record CriteriaView(String planId, String contractId, int planYear, int minChronicConditions,
        List<String> countedConditions, int minChronicDrugs, BigDecimal annualCostThreshold,
        boolean dmpAtRiskQualifies, String source) {

    static CriteriaView of(PlanCriteria c) {
        return new CriteriaView(c.planId(), c.contractId(), c.planYear(), c.minChronicConditions(),
                c.countedConditions().stream().sorted().toList(), c.minChronicDrugs(), c.annualCostThreshold(),
                c.dmpAtRiskQualifies(), c.source());
    }
}
