package com.healthoptions.mtm.eligibility;

import java.time.LocalDate;

/** A period of Drug Management Program status; {@code endDate} null means still in effect. */
public record DmpPeriod(DmpStatus status, LocalDate effectiveDate, LocalDate endDate) {

    public enum DmpStatus { AT_RISK, POTENTIAL_AT_RISK, NOT_AT_RISK }

    public boolean atRiskOn(LocalDate day) {
        return status == DmpStatus.AT_RISK
                && !effectiveDate.isAfter(day)
                && (endDate == null || !endDate.isBefore(day));
    }
}
