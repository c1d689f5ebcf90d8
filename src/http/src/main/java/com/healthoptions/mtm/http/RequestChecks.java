package com.healthoptions.mtm.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Checks of path and query values that every HTTP function reads the same way. */
public final class RequestChecks {

    private static final Pattern MEMBER_ID = Pattern.compile("^[A-Za-z0-9_-]{1,40}$");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");

    private RequestChecks() {
    }

    /** Null when absent; otherwise a strict ISO date (YYYY-MM-DD), or a 400 naming the parameter. */
    public static LocalDate optionalDate(String name, String value, List<String> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(name + " must be a date as YYYY-MM-DD");
        return null;
    }

    /** Null when absent; otherwise a four-digit year between 2006 (Part D's first year) and 2100. */
    public static Integer optionalPlanYear(String name, String value, List<String> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!YEAR.matcher(value).matches() || Integer.parseInt(value) < 2006 || Integer.parseInt(value) > 2100) {
            errors.add(name + " must be a plan year between 2006 and 2100");
            return null;
        }
        return Integer.parseInt(value);
    }

    public static void memberId(String value, List<String> errors) {
        if (value == null || !MEMBER_ID.matcher(value).matches()) {
            errors.add("memberId must be 1-40 letters, digits, '-' or '_'");
        }
    }

    public static void throwIfAny(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
