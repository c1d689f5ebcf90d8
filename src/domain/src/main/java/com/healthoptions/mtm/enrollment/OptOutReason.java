package com.healthoptions.mtm.enrollment;

/** CMS MTM data file opt-out reason codes. Only {@link #BENEFICIARY_REQUEST} is the member's own. */
public enum OptOutReason {
    DEATH("01"),
    DISENROLLMENT("02"),
    BENEFICIARY_REQUEST("03"),
    OTHER("99");

    private final String code;

    OptOutReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether only staff may record this reason, and so only staff may withdraw an opt-out carrying it. */
    public boolean staffOnly() {
        return this != BENEFICIARY_REQUEST;
    }

    public static java.util.Optional<OptOutReason> ofCode(String code) {
        for (OptOutReason r : values()) {
            if (r.code.equals(code)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
