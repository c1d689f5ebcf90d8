package com.healthoptions.mtm.verification;

import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * The answer to one verification attempt.
 *
 * @param memberId set only when VERIFIED
 * @param attemptsRemaining failures this call may still make before LOCKED: the contact's and the caller
 *     number's allowance, never a member's counter
 * @param signals for metrics only; not part of the answer, not replayed to a retry
 */
public record VerificationOutcome(VerificationResult result, String memberId, VerificationMethod method,
        int attemptsRemaining, Set<VerificationSignal> signals) {

    public VerificationOutcome {
        signals = Set.copyOf(signals);
    }

    public VerificationOutcome(VerificationResult result, String memberId, VerificationMethod method,
            int attemptsRemaining) {
        this(result, memberId, method, attemptsRemaining, Set.of());
    }

    /** The same answer without its signals. */
    public VerificationOutcome answer() {
        return new VerificationOutcome(result, memberId, method, attemptsRemaining);
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject().put("result", result.name()).put("method", method.name())
                .put("attemptsRemaining", attemptsRemaining);
        if (memberId != null) {
            json.put("memberId", memberId);
        }
        return json;
    }

    static VerificationOutcome fromJson(JsonObject json) {
        return new VerificationOutcome(VerificationResult.valueOf(json.getString("result")),
                json.getString("memberId"), VerificationMethod.valueOf(json.getString("method")),
                json.getInteger("attemptsRemaining"));
    }
}
