package com.healthoptions.mtm.eligibility;

import java.time.LocalDate;

/** A period of Drug Management Program status; {@code endDate} null means still in effect. */
public record DmpPeriod(DmpStatus status, LocalDate effectiveDate, LocalDate endDate) {

    public enum DmpStatus { AT_RISK, POTENTIAL_AT_RISK, NOT_AT_RISK }

    public boolean atRiskOn(LocalDate day) {
        return atRiskDuring(day, day);
    }

    /** Whether the member was at risk on any day from {@code from} to {@code to}. */
    public boolean atRiskDuring(LocalDate from, LocalDate to) {
        return status == DmpStatus.AT_RISK
                && !effectiveDate.isAfter(to)
                && (endDate == null || !endDate.isBefore(from));
    }
}
