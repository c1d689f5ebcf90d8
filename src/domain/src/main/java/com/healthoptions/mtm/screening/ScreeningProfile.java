package com.healthoptions.mtm.screening;

import com.healthoptions.mtm.eligibility.DiagnosisFact;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rules screen for one member: fills (reversed ones are ignored) and diagnoses. The date of birth,
 * when known, limits the statin rule to the PQA SUPD ages (40 to 75); it is never logged or stored with a finding.
 */
public record ScreeningProfile(String memberId, LocalDate dateOfBirth, List<MedicationFill> fills,
        List<DiagnosisFact> diagnoses) {

    public ScreeningProfile {
        fills = List.copyOf(fills);
        diagnoses = List.copyOf(diagnoses);
    }
}
