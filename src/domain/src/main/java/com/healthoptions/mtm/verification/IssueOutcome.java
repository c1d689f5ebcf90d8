package com.healthoptions.mtm.verification;

import java.time.LocalDate;

/**
 * The answer to an issue call. {@code pin} is the only place a PIN ever exists in clear: the caller passes
 * it to the voicemail and forgets it.
 */
public record IssueOutcome(Result result, String pin, LocalDate expiresOn) {

    public enum Result {
        ISSUED,
        UNKNOWN_MEMBER,
        /** The dialled number is not the member's phone on file (or the member has none): no PIN. */
        NUMBER_NOT_ON_FILE
    }

    static IssueOutcome refused(Result result) {
        return new IssueOutcome(result, null, null);
    }

    @Override
    public String toString() {
        return "IssueOutcome[" + result + ", expiresOn=" + expiresOn + "]";
    }
}
