package com.healthoptions.mtm.program;

import com.healthoptions.mtm.dates.StrictDate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The day a scheduled program run is for, read the same way by every scheduled function: the scheduled time's
 * (else the event's {@code time}'s) date in the plan's time zone, so a retried or re-fired schedule names the same
 * day; else {@code date}, read by the one strict date rule ({@link StrictDate#iso}); else today.
 */
public final class RunDay {

    /** Why the event names no day; the message names the field and the form, never quotes the value. */
    public static final class InvalidRunDayException extends IllegalArgumentException {
        InvalidRunDayException(String message) {
            super(message);
        }
    }

    /** The answer for a day a run may not be for. */
    public static final String NOT_IN_RANGE = "date must not be in the future";

    private RunDay() {
    }

    public static LocalDate of(String scheduledTime, String time, String date, Clock clock) {
        String when = scheduledTime != null ? scheduledTime : time;
        if (when != null) {
            try {
                return OffsetDateTime.parse(when).atZoneSameInstant(clock.getZone()).toLocalDate();
            } catch (DateTimeParseException e) {
                throw new InvalidRunDayException((scheduledTime != null ? "scheduledTime" : "time")
                        + " is not an ISO date and time with an offset (2026-06-30T06:00:00Z)");
            }
        }
        if (date == null) {
            return LocalDate.now(clock);
        }
        try {
            return StrictDate.iso(date);
        } catch (StrictDate.InvalidDateException e) {
            throw new InvalidRunDayException(e.malformed() ? "date is not an ISO date (YYYY-MM-DD)"
                    : "date is not a calendar date");
        }
    }

    /** A day a run may be for: from 2006 (Part D's first year) to tomorrow in the plan's time zone. */
    public static boolean inRange(LocalDate day, Clock clock) {
        return !day.isAfter(LocalDate.now(clock).plusDays(1)) && day.getYear() >= 2006;
    }
}
