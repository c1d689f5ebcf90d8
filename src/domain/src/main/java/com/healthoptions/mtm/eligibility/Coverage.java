package com.healthoptions.mtm.eligibility;

import java.time.LocalDate;

/**
 * A member's plan coverage as the roster gives it. {@code start} null: covered before any plan year
 * asked about; {@code end} null: still covered; {@code dateOfDeath} ends coverage on that day.
 */
public record Coverage(LocalDate start, LocalDate end, LocalDate dateOfDeath) {

    /** What a roster without coverage columns says: covered throughout. */
    public static final Coverage CONTINUOUS = new Coverage(null, null, null);

    /** The last covered day: the end of coverage or the date of death, whichever is first; null when open. */
    public LocalDate lastDay() {
        if (dateOfDeath == null) {
            return end;
        }
        return end == null || dateOfDeath.isBefore(end) ? dateOfDeath : end;
    }

    /** Whether the member was in the plan on this day. */
    public boolean covers(LocalDate day) {
        LocalDate last = lastDay();
        return (start == null || !day.isBefore(start)) && (last == null || !day.isAfter(last));
    }

    /** Whether the coverage ends by death (a death on or before the end of coverage). */
    public boolean endsByDeath() {
        return dateOfDeath != null && (end == null || !dateOfDeath.isAfter(end));
    }
}
