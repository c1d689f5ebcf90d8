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
        CostBasis costBasis,
        DrugCountBasis drugCountBasis,
        String source) {

    /** At-risk DMP beneficiaries are mandatory targets from this plan year (423.153(d)(2)(ii)). */
    public static final int DMP_MANDATORY_FROM = 2022;

    /** Which fills' cost counts toward the threshold. */
    public enum CostBasis {
        /** Every covered Part D drug: the statute (SSA 1860D-4(c)(2)(A)(ii)) and 423.153(d)(2). */
        ALL_COVERED,
        /** Maintenance (chronic) drugs only: the seed plan's own 2024 wording. */
        CHRONIC_ONLY
    }

    /** Which drugs count toward the minimum number of Part D drugs. */
    public enum DrugCountBasis {
        /** Every Part D maintenance drug (required from 2025, CMS-4205-F). */
        MAINTENANCE,
        /** Every Part D drug (a sponsor's option from 2025). */
        ALL_PART_D
    }

    public PlanCriteria {
        countedConditions = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(countedConditions));
        costBasis = costBasis == null ? CostBasis.ALL_COVERED : costBasis;
        drugCountBasis = drugCountBasis == null ? DrugCountBasis.MAINTENANCE : drugCountBasis;
    }

    /** The countable items in name order (the evidence's order). */
    public java.util.List<String> countedConditionList() {
        return java.util.List.copyOf(countedConditions);
    }

    /** Whether DMP at-risk status targets a member by itself: always from 2022, else as the plan says. */
    public boolean dmpAtRiskTargets() {
        return planYear >= DMP_MANDATORY_FROM || dmpAtRiskQualifies;
    }

    public boolean dmpAtRiskMandatory() {
        return planYear >= DMP_MANDATORY_FROM;
    }

    /** The same criteria counted on other bases (a what-if question); null keeps a basis. */
    public PlanCriteria withBases(CostBasis cost, DrugCountBasis drugs) {
        return new PlanCriteria(planId, contractId, planYear, minChronicConditions, countedConditions, minChronicDrugs,
                annualCostThreshold, dmpAtRiskQualifies, cost == null ? costBasis : cost,
                drugs == null ? drugCountBasis : drugs, source);
    }
}
