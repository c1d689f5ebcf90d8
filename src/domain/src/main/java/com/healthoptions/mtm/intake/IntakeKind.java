package com.healthoptions.mtm.intake;

import java.util.Optional;

/** The member-data files the intake bucket takes, by key prefix. */
public enum IntakeKind {
    MEMBERS("members/", new MemberRosterFormat()),
    PHARMACY_CLAIMS("pharmacy-claims/", new PharmacyClaimFormat()),
    DIAGNOSES("diagnoses/", new DiagnosisFormat()),
    DMP("dmp/", new DmpStatusFormat()),
    // The MTM program after enrollment: the vendor's call centre and pharmacists export these.
    OUTREACH_ATTEMPTS("outreach-attempts/", new OutreachAttemptFormat()),
    CMR_OFFERS("cmr-offers/", new CmrOfferFormat()),
    CMRS("cmrs/", new CmrFormat()),
    TMRS("tmrs/", new TmrFormat()),
    SAFE_DISPOSAL_NOTICES("safe-disposal-notices/", new SafeDisposalNoticeFormat()),
    // What the pharmacist recorded at a CMR for its written summary (after the CMR's own cmrs/ row).
    CMR_SUMMARY_ITEMS("cmr-summary-items/", new CmrItemFormat());

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
