package com.healthoptions.mtm.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * One targeting criterion as evaluated: what the plan requires, what the member has, whether it is met,
 * on which basis it was counted (null where there is no choice), the first day it was met (null when
 * not met) and the evidence (which drugs, conditions, fills and periods).
 */
public record CriterionResult(Criterion name, Object required, Object actual, boolean met, String basis,
        LocalDate metOn, List<String> evidence) {

    public enum Criterion { CHRONIC_CONDITIONS, CHRONIC_DRUGS, ANNUAL_COST, DMP_AT_RISK }

    public CriterionResult {
        evidence = List.copyOf(evidence);
    }
}
