package com.healthoptions.mtm.eligibility;

import com.healthoptions.mtm.reference.ChronicCondition;
import java.time.LocalDate;
import java.util.Set;

/** A diagnosis from a medical claim with the chronic conditions its ICD-10-CM code identifies. */
public record DiagnosisFact(String icd10Code, LocalDate serviceDate, Set<ChronicCondition> conditions) {

    public DiagnosisFact {
        conditions = Set.copyOf(conditions);
    }
}
