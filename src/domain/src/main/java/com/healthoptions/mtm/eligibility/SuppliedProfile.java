package com.healthoptions.mtm.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A what-if profile sent by a caller: evaluated against a plan's criteria, never stored. */
public record SuppliedProfile(String planId, int planYear, LocalDate asOf, boolean dmpAtRisk,
        List<Diagnosis> diagnoses, List<Fill> fills) {

    public record Diagnosis(String code, LocalDate serviceDate) {
    }

    /** {@code ndc} in 11-digit form or null; {@code drugName} used when the NDC is unknown. */
    public record Fill(String claimId, String ndc, String drugName, LocalDate fillDate, int daysSupply,
            BigDecimal quantity, BigDecimal grossCost, boolean reversed) {
    }
}
