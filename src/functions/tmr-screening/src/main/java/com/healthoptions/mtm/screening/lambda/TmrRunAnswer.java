package com.healthoptions.mtm.screening.lambda;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The handler's answer. {@code status}: {@code SCREENED} (the run screened every enrolled member and wrote the
 * letters), {@code CONTINUING} (the invocation's time is used up with the quarter not done: the counts so far;
 * invoke again with the same event and the run goes on where it stopped), {@code ALREADY_SCREENED} (that day's run is complete; nothing redone), {@code MEMBER_SCREENED} (one
 * member on demand; {@code tmrStored} false when they were not enrolled that day), {@code UNKNOWN_MEMBER} or
 * {@code INVALID_INPUT} (with {@code message}). Counts only, and NPIs (public identifiers of prescribers), never
 * a member's name or date of birth.
 */
@RegisterForReflection
public record TmrRunAnswer(String status, String message, String date, Integer membersScreened,
        Integer membersWithFindings, Integer findings, Integer lettersWritten, List<String> prescribersNotInDirectory,
        Long findingsWithoutPrescriber, String summaryKey, Boolean tmrStored) {

    static TmrRunAnswer invalid(String message, String date) {
        return new TmrRunAnswer("INVALID_INPUT", message, date, null, null, null, null, null, null, null, null);
    }
}
