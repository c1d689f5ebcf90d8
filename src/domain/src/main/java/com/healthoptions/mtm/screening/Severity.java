package com.healthoptions.mtm.screening;

/** How urgently a prescriber should look at a finding. */
public enum Severity {
    /** Contraindicated, avoid, or a safety measure (opioids with benzodiazepines). */
    HIGH,
    /** Worth changing at the next visit: duplicate therapy, a missing statin, a non-selective beta-blocker in COPD. */
    MODERATE,
    /** Adherence below the PQA target. */
    LOW
}
