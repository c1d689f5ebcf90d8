package com.healthoptions.mtm.program.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When each MTM service falls due (42 CFR 423.153(d) and CMS's MTM guidance). Pure.
 * <ul>
 * <li>CMR offer: a new enrollee within 60 days of the date met targeting criteria (the enrollment date when
 * there is none); then at least yearly: a year after the last offer (or CMR).</li>
 * <li>TMR: at least quarterly: three months after the last TMR, the first three months after enrollment.</li>
 * <li>Safe-disposal information: at least yearly: a year after the last time it was given; the first time
 * with the new enrollee's CMR offer, within 60 days (the plan's choice: the rule says only "yearly").</li>
 * </ul>
 * An item is listed OVERDUE when its due date has passed, DUE when it falls within the look-ahead window.
 */
public final class ProgramClock {

    public static final int NEW_ENROLLEE_CMR_OFFER_DAYS = 60;
    public static final int NEW_ENROLLEE_SAFE_DISPOSAL_DAYS = 60;

    private ProgramClock() {
    }

    public static LocalDate due(WorkItemKind kind, MemberProgramState s) {
        LocalDate anchor = s.dateMetCriteria() != null ? s.dateMetCriteria() : s.enrollmentDate();
        return switch (kind) {
            case CMR_OFFER -> s.lastCmrOffer() == null ? anchor.plusDays(NEW_ENROLLEE_CMR_OFFER_DAYS)
                    : s.lastCmrOffer().plusYears(1);
            case TMR -> (s.lastTmr() == null ? s.enrollmentDate() : s.lastTmr()).plusMonths(3);
            case SAFE_DISPOSAL_INFORMATION -> s.lastSafeDisposalInformation() == null
                    ? anchor.plusDays(NEW_ENROLLEE_SAFE_DISPOSAL_DAYS)
                    : s.lastSafeDisposalInformation().plusYears(1);
        };
    }

    /** The member's items due on or before {@code today + lookAheadDays}, in item order. */
    public static List<WorkItem> workItems(MemberProgramState s, LocalDate today, int lookAheadDays) {
        List<WorkItem> items = new ArrayList<>(3);
        LocalDate horizon = today.plusDays(lookAheadDays);
        for (WorkItemKind kind : WorkItemKind.values()) {
            LocalDate due = due(kind, s);
            if (!due.isAfter(horizon)) {
                LocalDate last = switch (kind) {
                    case CMR_OFFER -> s.lastCmrOffer();
                    case TMR -> s.lastTmr();
                    case SAFE_DISPOSAL_INFORMATION -> s.lastSafeDisposalInformation();
                };
                items.add(new WorkItem(s.memberId(), kind, due.isBefore(today) ? WorkItem.Status.OVERDUE : WorkItem.Status.DUE,
                        due, last));
            }
        }
        return items;
    }
}
