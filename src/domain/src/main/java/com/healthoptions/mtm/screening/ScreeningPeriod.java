package com.healthoptions.mtm.screening;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The measurement period the rules look at: fills dated inside it count, and their days supply is cut at its
 * end (PQA measures count days supply only up to the end of the measurement period).
 */
public record ScreeningPeriod(LocalDate start, LocalDate end) {

    public ScreeningPeriod {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    /** 1 January of the date's year to the date: the year-to-date period of a quarterly TMR run. */
    public static ScreeningPeriod yearTo(LocalDate asOf) {
        return new ScreeningPeriod(asOf.withDayOfYear(1), asOf);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    int dayIndex(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(start, date);
    }

    int length() {
        return dayIndex(end) + 1;
    }

    LocalDate day(int index) {
        return start.plusDays(index);
    }
}
