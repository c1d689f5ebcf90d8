package com.healthoptions.mtm.verification;

/** How the caller was identified: by the phone on file (ANI) or by a PIN from the voicemail. */
public enum VerificationMethod {
    ANI,
    PIN
}
