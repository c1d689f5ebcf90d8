package com.healthoptions.mtm.program.outreach;

/** Why the member was contacted. */
public enum OutreachPurpose {
    ENROLLMENT_NOTICE, CMR_OFFER, SAFE_DISPOSAL_INFORMATION, TMR_FOLLOW_UP
}
