package com.healthoptions.mtm.verification;

/** What the IVR is told. NOT_VERIFIED never says which factor was wrong. */
public enum VerificationResult {
    VERIFIED,
    NOT_VERIFIED,
    /** No phone on file matched the caller (or several members matched): the flow must collect the PIN. */
    PIN_REQUIRED,
    LOCKED
}
