package com.healthoptions.mtm.program.cms;

import java.time.LocalDate;

/**
 * What the program knows of one targeted member for one contract and plan year: the enrollment as the
 * enrollment table holds it, and the first (or counted) program events inside the member's enrollment
 * window (enrollment date to opt-out date or 31 December). Codes are business names (TELEPHONE), except
 * {@code reasonTargetedCode} and {@code optOutReasonCode}, which the enrollment table stores as CMS codes.
 * Name, date of birth and MBI are PHI: never log a value of this record.
 */
public record CmsMemberFacts(
        String memberId, String contractId, String mbi, String firstName, String lastName, LocalDate dateOfBirth,
        String reasonTargetedCode, LocalDate enrollmentDate, LocalDate dateMetCriteria,
        LocalDate optOutDate, String optOutReasonCode,
        LocalDate firstOfferDate, String offerRecipient,
        LocalDate firstCmrDate, String cmrDeliveryMethod, String cmrProvider, String cmrRecipient,
        String cognitivelyImpaired, String ltcResident, LocalDate summarySentDate,
        int tmrCount, LocalDate firstTmrDate, int recommendationsSent, int recommendationsResolved,
        LocalDate disposalDate, String disposalMethod) {

    @Override
    public String toString() {
        return "CmsMemberFacts[" + memberId + "]";
    }
}
