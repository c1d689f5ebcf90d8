package com.healthoptions.mtm.verification;

import java.util.Objects;

/**
 * A PIN to issue for a member, from the outbound call in {@code contactId}.
 *
 * @param dialledNumber the E.164 number the outbound call reached (Connect's customer endpoint), or null when
 *     the event carried none; a PIN is issued only when it is the member's phone on file
 */
public record IssueRequest(String contactId, String memberId, String dialledNumber) {

    public IssueRequest {
        Objects.requireNonNull(contactId);
        Objects.requireNonNull(memberId);
    }

    @Override
    public String toString() {
        return "IssueRequest[contact=" + contactId + ", member=" + memberId + "]";
    }
}
