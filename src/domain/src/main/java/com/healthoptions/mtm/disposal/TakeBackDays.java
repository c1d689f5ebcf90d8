package com.healthoptions.mtm.disposal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/** National Prescription Drug Take Back Days, as configured (DEA announces each one a few months ahead). */
public final class TakeBackDays {

    private TakeBackDays() {
    }

    /** The first configured day on or after {@code today}; empty when none is announced yet. */
    public static Optional<LocalDate> next(Collection<LocalDate> days, LocalDate today) {
        return days.stream().filter(d -> !d.isBefore(today)).min(LocalDate::compareTo);
    }
}
