package com.healthoptions.mtm.eligibility.http;

import com.healthoptions.mtm.eligibility.PlanCriteria;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan's targeting criteria for one year. {@code dmpAtRiskQualifies} is what the rules apply: true
 * from 2022, when DMP at-risk beneficiaries became mandatory targets ({@code dmpAtRiskMandatory}).
 */
@RegisterForReflection
@Schema(name = "PlanCriteria")
public record CriteriaView(String planId, String contractId, int planYear, int minChronicConditions,
        List<String> countedConditions, int minChronicDrugs, @Schema(implementation = PlanCriteria.DrugCountBasis.class) String drugCountBasis, BigDecimal annualCostThreshold,
        @Schema(implementation = PlanCriteria.CostBasis.class) String costBasis, boolean dmpAtRiskQualifies, boolean dmpAtRiskMandatory, String source) {

    static CriteriaView of(PlanCriteria c) {
        return new CriteriaView(c.planId(), c.contractId(), c.planYear(), c.minChronicConditions(),
                c.countedConditions().stream().sorted().toList(), c.minChronicDrugs(), c.drugCountBasis().name(),
                c.annualCostThreshold(), c.costBasis().name(), c.dmpAtRiskTargets(), c.dmpAtRiskMandatory(), c.source());
    }
}
