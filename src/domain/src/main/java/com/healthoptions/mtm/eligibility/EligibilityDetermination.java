package com.healthoptions.mtm.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the append-only {@code eligibility_determination} history: a decision with a summary of its
 * inputs (each criterion's evidence). Written in batches by SQL (intake's re-evaluation), never through
 * Hibernate, so it is a value, not an entity.
 */
public record EligibilityDetermination(String memberId, String planId, int planYear, LocalDate asOf,
        boolean eligible, String reasonTargeted, int chronicDrugCount, int chronicConditionCount,
        BigDecimal projectedAnnualCost, boolean dmpAtRisk, LocalDate dateMetCriteria,
        Map<String, List<String>> inputsSummary, String triggeredBy) {

    public static EligibilityDetermination of(EligibilityDecision d, String triggeredBy) {
        Map<String, List<String>> inputs = new LinkedHashMap<>();
        d.criteria().forEach(c -> inputs.put(c.name().name(), c.evidence()));
        return new EligibilityDetermination(d.memberId(), d.planId(), d.planYear(), d.asOf(), d.eligible(),
                d.reasonTargeted().code(), d.chronicDrugCount(), d.chronicConditionCount(), d.projectedAnnualCost(),
                d.dmpAtRisk(), d.dateMetCriteria(), inputs, triggeredBy);
    }
}
