package com.healthoptions.mtm.eligibility;

import java.util.List;

/**
 * One targeting criterion as evaluated: what the plan requires, what the member has, whether it is met,
 * and the evidence (which drugs, conditions and fills).
 */
public record CriterionResult(Criterion name, Object required, Object actual, boolean met, List<String> evidence) {

    public enum Criterion { CHRONIC_CONDITIONS, CHRONIC_DRUGS, ANNUAL_COST, DMP_AT_RISK }

    public CriterionResult {
        evidence = List.copyOf(evidence);
    }
}
