package com.healthoptions.mtm.verification;

import io.vertx.core.json.JsonObject;

/**
 * The answer to one verification attempt.
 *
 * @param memberId set only when VERIFIED
 * @param attemptsRemaining failures this caller may still make on this path before LOCKED
 */
public record VerificationOutcome(VerificationResult result, String memberId, VerificationMethod method,
        int attemptsRemaining) {

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
