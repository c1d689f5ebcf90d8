package com.healthoptions.mtm.eligibility;

import java.util.List;

/** Everything the rules look at for one member: fills, diagnoses, DMP periods and plan coverage. */
public record MemberProfile(String memberId, List<DrugFill> fills, List<DiagnosisFact> diagnoses,
        List<DmpPeriod> dmpPeriods, Coverage coverage) {

    public MemberProfile {
        fills = List.copyOf(fills);
        diagnoses = List.copyOf(diagnoses);
        dmpPeriods = List.copyOf(dmpPeriods);
        coverage = coverage == null ? Coverage.CONTINUOUS : coverage;
    }

    /** A member covered throughout. */
    public MemberProfile(String memberId, List<DrugFill> fills, List<DiagnosisFact> diagnoses, List<DmpPeriod> dmpPeriods) {
        this(memberId, fills, diagnoses, dmpPeriods, Coverage.CONTINUOUS);
    }
}
