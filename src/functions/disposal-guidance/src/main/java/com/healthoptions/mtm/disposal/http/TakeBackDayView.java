package com.healthoptions.mtm.disposal.http;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The next National Prescription Drug Take Back Day; {@code date} and {@code daysAway} are null when none is announced. */
@RegisterForReflection
@Schema(name = "TakeBackDay")
public record TakeBackDayView(@Schema(required = true) String event,
        @Schema(nullable = true, description = "Null when DEA has not announced the next one") LocalDate date,
        @Schema(nullable = true) Long daysAway, @Schema(nullable = true) String hours,
        @Schema(required = true) List<String> accepts, @Schema(required = true) List<String> doesNotAccept,
        @Schema(required = true) String findSites, @Schema(required = true) String source,
        @Schema(required = true) List<String> notes) {
}
