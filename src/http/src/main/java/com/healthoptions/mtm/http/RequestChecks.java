package com.healthoptions.mtm.http;

import com.healthoptions.mtm.dates.StrictDate;
import com.healthoptions.mtm.member.MemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks of path and query values that every HTTP function reads the same way. */
public final class RequestChecks {

    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");

    private RequestChecks() {
    }

    /** Null when absent; otherwise a strict ISO date (YYYY-MM-DD), or a 400 naming the parameter. */
    public static LocalDate optionalDate(String name, String value, List<String> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        Optional<LocalDate> day = StrictDate.isoIfValid(value);
        if (day.isEmpty()) {
            errors.add(name + " must be a date as YYYY-MM-DD");
        }
        return day.orElse(null);
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

    /** The path's member id, or null after naming the rule in {@code errors}. */
    public static MemberId memberId(String value, List<String> errors) {
        Optional<MemberId> id = MemberId.parse(value);
        if (id.isEmpty()) {
            errors.add("memberId must be " + MemberId.RULE);
        }
        return id.orElse(null);
    }

    public static void throwIfAny(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
