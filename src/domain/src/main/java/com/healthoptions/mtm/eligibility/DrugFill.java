package com.healthoptions.mtm.eligibility;

import com.healthoptions.mtm.reference.ResolvedDrug;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A pharmacy claim (a fill) with its drug resolved. */
public record DrugFill(
        String claimId,
        LocalDate fillDate,
        String ndc,
        String drugName,
        int daysSupply,
        BigDecimal quantity,
        BigDecimal grossCost,
        boolean reversed,
        ResolvedDrug drug) {
}
