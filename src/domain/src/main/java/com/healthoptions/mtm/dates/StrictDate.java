package com.healthoptions.mtm.dates;

import com.healthoptions.mtm.text.AsciiDigits;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The one reader of dates that come from outside (HTTP queries and bodies, intake files, Connect): ISO
 * {@code YYYY-MM-DD} with a four-digit year and a real calendar day (no 2026-02-30, no lenient forms), and,
 * as a named alternative, {@code MMDDYYYY} as a caller keys a date of birth on a phone.
 */
public final class StrictDate {

    /** Why a text is not a date; the message never quotes the text (a date of birth is PHI). */
    public static final class InvalidDateException extends DateTimeException {

        private final boolean malformed;

        InvalidDateException(boolean malformed) {
            super(malformed ? "not in the expected form" : "not a calendar date");
            this.malformed = malformed;
        }

        /** True when the text is not in the form at all; false when it is, but names no real day. */
        public boolean malformed() {
            return malformed;
        }
    }

    private StrictDate() {
    }

    /** {@code YYYY-MM-DD}, ASCII digits only. */
    public static LocalDate iso(String text) {
        if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new InvalidDateException(true);
        }
        return of(AsciiDigits.value(text, 0, 4), AsciiDigits.value(text, 5, 7), AsciiDigits.value(text, 8, 10));
    }

    /** {@link #iso}, or empty when the text is not such a date. */
    public static Optional<LocalDate> isoIfValid(String text) {
        try {
            return Optional.of(iso(text));
        } catch (InvalidDateException e) {
            return Optional.empty();
        }
    }

    /** {@code MMDDYYYY}: eight digits, as keyed on a phone (the contact flow's date of birth). */
    public static Optional<LocalDate> keyedOnPhone(String text) {
        if (text == null || text.length() != 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(AsciiDigits.value(text, 4, 8), AsciiDigits.value(text, 0, 2),
                    AsciiDigits.value(text, 2, 4)));
        } catch (InvalidDateException e) {
            return Optional.empty();
        }
    }

    /** A date of birth we accept: 1900 or later and not after {@code today}. */
    public static boolean possibleBirthDate(LocalDate date, LocalDate today) {
        return date.getYear() >= 1900 && !date.isAfter(today);
    }

    private static LocalDate of(int year, int month, int day) {
        if (year < 0 || month < 0 || day < 0) {
            throw new InvalidDateException(true);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidDateException(false);
        }
    }
}
