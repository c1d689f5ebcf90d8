package com.healthoptions.mtm.verification;

import java.time.LocalDate;

/**
 * The answer to an issue call. {@code pin} is the only place a PIN ever exists in clear: the caller passes
 * it to the voicemail and forgets it.
 */
public record IssueOutcome(Result result, String pin, LocalDate expiresOn) {

    public enum Result {
        ISSUED,
        UNKNOWN_MEMBER
    }

    static IssueOutcome unknownMember() {
        return new IssueOutcome(Result.UNKNOWN_MEMBER, null, null);
    }

    @Override
    public String toString() {
        return "IssueOutcome[" + result + ", expiresOn=" + expiresOn + "]";
    }
}
