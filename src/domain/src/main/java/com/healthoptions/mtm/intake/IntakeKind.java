package com.healthoptions.mtm.intake;

import java.util.Optional;

/** The member-data files the intake bucket takes, by key prefix. */
public enum IntakeKind {
    MEMBERS("members/", new MemberRosterFormat()),
    PHARMACY_CLAIMS("pharmacy-claims/", new PharmacyClaimFormat()),
    DIAGNOSES("diagnoses/", new DiagnosisFormat()),
    DMP("dmp/", new DmpStatusFormat());

    private final String prefix;
    private final IntakeFormat format;

    IntakeKind(String prefix, IntakeFormat format) {
        this.prefix = prefix;
        this.format = format;
    }

    public String prefix() {
        return prefix;
    }

    IntakeFormat format() {
        return format;
    }

    public static Optional<IntakeKind> forKey(String key) {
        for (IntakeKind k : values()) {
            if (key.startsWith(k.prefix)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
