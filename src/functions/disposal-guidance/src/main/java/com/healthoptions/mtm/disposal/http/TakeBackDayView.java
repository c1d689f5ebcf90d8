package com.healthoptions.mtm.disposal.http;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/** The next National Prescription Drug Take Back Day; {@code date} and {@code daysAway} are null when none is announced. */
@RegisterForReflection
public record TakeBackDayView(String event, LocalDate date, Long daysAway, String hours, List<String> accepts,
        List<String> doesNotAccept, String findSites, String source, List<String> notes) {
}
