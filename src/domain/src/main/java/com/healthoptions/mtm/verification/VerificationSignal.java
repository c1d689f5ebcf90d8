package com.healthoptions.mtm.verification;

/** What a verification tells operations (metrics and alarms), beside its answer. Never about a person. */
public enum VerificationSignal {
    /** A PIN attempt failed: counted against the global PIN-path budget. */
    PIN_PATH_FAILURE,
    /** The global PIN-path budget is spent: this call was refused with LOCKED. */
    PIN_PATH_REFUSED,
    /** A member reached the consecutive-failure cap in this call and is now held. */
    MEMBER_HELD
}
