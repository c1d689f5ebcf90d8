package com.healthoptions.mtm.verification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One verification attempt as the IVR keyed it, already checked for shape.
 *
 * @param contactId the Connect contact (the call); idempotency and per-call limits key on it
 * @param callerNumber the caller's E.164 number, or null when withheld
 * @param inboundVoice the contact is an inbound voice call: only then can the caller's number identify
 *     anyone (ANI); an outbound, transferred, API or chat contact's endpoint proves nothing about the caller
 * @param zip the five-digit ZIP (a ZIP+4 already cut to five)
 * @param pin seven digits, or null when the caller has not been asked for one
 */
public record VerifyRequest(String contactId, String callerNumber, boolean inboundVoice, LocalDate dateOfBirth,
        String zip, String pin) {

    public VerifyRequest {
        Objects.requireNonNull(contactId);
        Objects.requireNonNull(dateOfBirth);
        Objects.requireNonNull(zip);
    }

    /** An inbound voice call. */
    public VerifyRequest(String contactId, String callerNumber, LocalDate dateOfBirth, String zip, String pin) {
        this(contactId, callerNumber, true, dateOfBirth, zip, pin);
    }

    public boolean callerWithheld() {
        return callerNumber == null;
    }

    /** Whether the caller's number may identify a member: an inbound voice call from a number shown. */
    public boolean aniUsable() {
        return inboundVoice && callerNumber != null && pin == null;
    }

    @Override
    public String toString() {
        return "VerifyRequest[contact=" + contactId + "]";
    }
}
