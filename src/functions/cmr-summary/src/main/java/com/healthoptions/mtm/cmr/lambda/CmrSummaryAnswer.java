package com.healthoptions.mtm.cmr.lambda;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The handler's answer. {@code status}: {@code RENDERED} (the day's run wrote every summary due, or the one CMR
 * asked for), {@code ALREADY_RUN} (that day's run is complete; nothing redone), {@code ALREADY_RENDERED} (one CMR
 * whose summary for its current items exists: {@code objectKey}), {@code NOT_RENDERED} (one CMR held back:
 * {@code reason} {@code NO_ITEMS}, {@code NO_ACTION_ITEMS}, {@code NO_MAILING_ADDRESS} or {@code MEMBER_DECEASED}),
 * {@code UNKNOWN_CMR} or {@code INVALID_INPUT} (with {@code message}). Counts and CMR ids (the vendor's record ids)
 * only, never a member's name, date of birth or address.
 */
@RegisterForReflection
public record CmrSummaryAnswer(String status, String message, String date, Integer rendered,
        List<String> noMailingAddress, List<String> noActionItems, List<String> memberDeceased,
        List<String> cmrsWithoutItems, String summaryKey, String objectKey, String reason) {

    static CmrSummaryAnswer invalid(String message, String date) {
        return new CmrSummaryAnswer("INVALID_INPUT", message, date, null, null, null, null, null, null, null, null);
    }

    static CmrSummaryAnswer one(String status, String date, String objectKey, String reason) {
        return new CmrSummaryAnswer(status, null, date, objectKey != null && status.equals("RENDERED") ? 1 : 0, null,
                null, null, null, null, objectKey, reason);
    }
}
