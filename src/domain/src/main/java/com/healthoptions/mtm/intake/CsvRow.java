package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.dates.StrictDate;
import com.healthoptions.mtm.member.MemberId;
import com.healthoptions.mtm.text.AsciiDigits;
import java.time.LocalDate;

/**
 * Typed, validating access to one record's fields by header position. Every failure names the column
 * and a reason, never the value.
 */
final class CsvRow {

    private final Header header;
    private final LocalDate today;
    private String[] fields;

    CsvRow(Header header, LocalDate today) {
        this.header = header;
        this.today = today;
    }

    /** The plan's today: formats with their own date forms (timestamps) check "not in the future" with it. */
    LocalDate today() {
        return today;
    }

    CsvRow with(String[] fields) {
        this.fields = fields;
        return this;
    }

    /** The trimmed value, or null when the column is absent from the file or the field is blank. */
    String optional(String column) {
        int i = header.index(column);
        if (i < 0 || i >= fields.length) {
            return null;
        }
        String v = fields[i].strip();
        return v.isEmpty() ? null : v;
    }

    String required(String column) throws RowProblem {
        String v = optional(column);
        if (v == null) {
            throw new RowProblem(column, "required value is missing");
        }
        return v;
    }

    String requiredMax(String column, int maxLength) throws RowProblem {
        String v = required(column);
        if (v.length() > maxLength) {
            throw new RowProblem(column, "longer than " + maxLength + " characters");
        }
        return v;
    }

    /** A member id ({@link MemberId}): required, and refused by its rule, never by its value. */
    String memberId(String column) throws RowProblem {
        String v = required(column);
        if (!MemberId.isValid(v)) {
            throw new RowProblem(column, "must be " + MemberId.RULE);
        }
        return v;
    }

    /** A date in ISO form (YYYY-MM-DD), from 2006 (Part D) up to today. */
    LocalDate date(String column) throws RowProblem {
        return parseDate(column, required(column));
    }

    LocalDate optionalDate(String column) throws RowProblem {
        String v = optional(column);
        return v == null ? null : parseDate(column, v);
    }

    /** A date in ISO form from 2006 on, future dates allowed (a planned end date). */
    LocalDate optionalAnyDate(String column) throws RowProblem {
        String v = optional(column);
        if (v == null) {
            return null;
        }
        LocalDate d = isoDate(column, v);
        if (d.getYear() < 2006 || d.getYear() > 2100) {
            throw new RowProblem(column, "date out of range");
        }
        return d;
    }

    private LocalDate parseDate(String column, String v) throws RowProblem {
        LocalDate d = isoDate(column, v);
        if (d.getYear() < 2006) {
            throw new RowProblem(column, "date before 2006");
        }
        if (d.isAfter(today)) {
            throw new RowProblem(column, "date in the future");
        }
        return d;
    }

    /** A date of birth: ISO form, after 1900, not in the future. */
    LocalDate birthDate(String column) throws RowProblem {
        LocalDate d = isoDate(column, required(column));
        if (!StrictDate.possibleBirthDate(d, today)) {
            throw new RowProblem(column, "date out of range");
        }
        return d;
    }

    private static LocalDate isoDate(String column, String v) throws RowProblem {
        try {
            return StrictDate.iso(v);
        } catch (StrictDate.InvalidDateException e) {
            throw new RowProblem(column, e.malformed() ? "not a date (expected YYYY-MM-DD)" : "not a valid calendar date");
        }
    }

    int integer(String column, int min, int max) throws RowProblem {
        String v = required(column);
        if (v.length() > 9) {
            throw new RowProblem(column, "not a whole number in range " + min + ".." + max);
        }
        int n = AsciiDigits.value(v, 0, v.length());
        if (n < 0) {
            throw new RowProblem(column, "not a whole number");
        }
        if (n < min || n > max) {
            throw new RowProblem(column, "not a whole number in range " + min + ".." + max);
        }
        return n;
    }

    /**
     * A non-negative decimal (digits, optional fraction of up to six digits; no sign, exponent or
     * currency symbol) with at most {@code integerDigits} digits before the point.
     */
    String decimal(String column, int integerDigits, boolean positive) throws RowProblem {
        String v = required(column);
        int point = -1;
        boolean nonZero = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.' && point < 0 && i > 0 && i < v.length() - 1) {
                point = i;
            } else if (c < '0' || c > '9') {
                throw new RowProblem(column, "not a number");
            } else if (c != '0') {
                nonZero = true;
            }
        }
        int intDigits = point < 0 ? v.length() : point;
        int first = 0;
        while (first < intDigits - 1 && v.charAt(first) == '0') {
            first++;
        }
        if (intDigits - first > integerDigits) {
            throw new RowProblem(column, "number too large");
        }
        if (point >= 0 && v.length() - point - 1 > 6) {
            throw new RowProblem(column, "more than six decimal places");
        }
        if (positive && !nonZero) {
            throw new RowProblem(column, "must be greater than zero");
        }
        return v;
    }
}
