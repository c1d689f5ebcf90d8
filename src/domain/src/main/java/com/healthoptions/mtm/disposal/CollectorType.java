package com.healthoptions.mtm.disposal;

/** The kinds of DEA-authorized collectors (21 CFR 1317.40) and law enforcement. */
public enum CollectorType {
    RETAIL_PHARMACY, HOSPITAL_CLINIC, LAW_ENFORCEMENT, NARCOTIC_TREATMENT_PROGRAM, OTHER
}
