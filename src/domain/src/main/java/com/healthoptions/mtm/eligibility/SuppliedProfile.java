package com.healthoptions.mtm.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A what-if profile sent by a caller: evaluated against a plan's criteria, never stored. {@code dmpAtRisk}
 * is an open at-risk period from {@code asOf}; {@code dmpPeriods} are explicit periods. {@code costBasis}
 * and {@code drugCountBasis}, when set, ask "what if the plan counted on this basis".
 */
public record SuppliedProfile(String planId, int planYear, LocalDate asOf, boolean dmpAtRisk,
        List<Diagnosis> diagnoses, List<Fill> fills, List<DmpPeriod> dmpPeriods, Coverage coverage,
        PlanCriteria.CostBasis costBasis, PlanCriteria.DrugCountBasis drugCountBasis) {

    public SuppliedProfile {
        diagnoses = List.copyOf(diagnoses);
        fills = List.copyOf(fills);
        dmpPeriods = List.copyOf(dmpPeriods);
        coverage = coverage == null ? Coverage.CONTINUOUS : coverage;
    }

    public record Diagnosis(String code, LocalDate serviceDate) {
    }

    /** {@code ndc} in 11-digit form or null; {@code drugName} used when the NDC is unknown. */
    public record Fill(String claimId, String ndc, String drugName, LocalDate fillDate, int daysSupply,
            BigDecimal quantity, BigDecimal grossCost, boolean reversed) {
    }
}
