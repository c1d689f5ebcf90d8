package com.healthoptions.mtm.program.cmr;

/** Who received the CMR offer or the CMR (the beneficiary or someone on their behalf). */
public enum CmrRecipient {
    BENEFICIARY, PRESCRIBER, CAREGIVER, OTHER_AUTHORIZED_INDIVIDUAL
}
