package com.healthoptions.mtm.program.worklist;

import java.time.LocalDate;

/** One line of the day's work list: who is due or overdue for what, by when, and when it was last done. */
public record WorkItem(String memberId, WorkItemKind kind, Status status, LocalDate dueDate, LocalDate lastDone) {

    public enum Status { OVERDUE, DUE }
}
