package com.healthoptions.mtm.eligibility;

import java.util.List;

/** Everything the rules look at for one member: fills, diagnoses and DMP periods. */
public record MemberProfile(String memberId, List<DrugFill> fills, List<DiagnosisFact> diagnoses,
        List<DmpPeriod> dmpPeriods) {

    public MemberProfile {
        fills = List.copyOf(fills);
        diagnoses = List.copyOf(diagnoses);
        dmpPeriods = List.copyOf(dmpPeriods);
    }
}
