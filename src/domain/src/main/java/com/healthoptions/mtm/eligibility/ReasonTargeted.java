package com.healthoptions.mtm.eligibility;

/** CMS MTM beneficiary-level data file, "reason the beneficiary met the targeting criteria" (2022+). */
public enum ReasonTargeted {
    /** Multiple chronic diseases, multiple Part D drugs and the cost threshold. */
    CHRONIC_DISEASES_DRUGS_COST("01"),
    /** At-risk beneficiary in the plan's Drug Management Program. */
    DMP_AT_RISK("02"),
    BOTH("03"),
    NONE("04");

    private final String code;

    ReasonTargeted(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ReasonTargeted of(boolean criteriaMet, boolean dmpQualifies) {
        if (criteriaMet && dmpQualifies) {
            return BOTH;
        }
        if (criteriaMet) {
            return CHRONIC_DISEASES_DRUGS_COST;
        }
        return dmpQualifies ? DMP_AT_RISK : NONE;
    }
}
