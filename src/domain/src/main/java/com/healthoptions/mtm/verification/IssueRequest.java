package com.healthoptions.mtm.verification;

import java.util.Objects;

/** A PIN to issue for a member, from the outbound call in {@code contactId}. */
public record IssueRequest(String contactId, String memberId) {

    public IssueRequest {
        Objects.requireNonNull(contactId);
        Objects.requireNonNull(memberId);
    }
}
