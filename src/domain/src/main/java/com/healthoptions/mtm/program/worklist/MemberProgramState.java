package com.healthoptions.mtm.program.worklist;

import java.time.LocalDate;

/**
 * An enrolled, not opted-out member as the clock sees them on a day: when they met the criteria and were
 * enrolled this plan year, and when each program service was last done (any year, up to that day).
 * {@code lastCmrOffer} counts a CMR as an offer accepted.
 */
public record MemberProgramState(String memberId, LocalDate enrollmentDate, LocalDate dateMetCriteria,
        LocalDate lastCmrOffer, LocalDate lastTmr, LocalDate lastSafeDisposalInformation) {
}
