package com.healthoptions.mtm.disposal.http;

import com.healthoptions.mtm.disposal.GuidanceSource;
import com.healthoptions.mtm.disposal.TakeBackDays;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The next National Prescription Drug Take Back Day, from the configured dates ({@code mtm.disposal.take-back-days}). */
@Path("/disposal-events/next")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Medication disposal", description = "How to dispose of unused medicines, where, and when the next Take Back Day is")
// Public: no authorizer on these routes; API Gateway throttles them.
@SecurityRequirementsSet
public class TakeBackDayResource {

    static final String EVENT = "National Prescription Drug Take Back Day";

    private final List<LocalDate> days;
    private final Clock clock;

    public TakeBackDayResource(@ConfigProperty(name = "mtm.disposal.take-back-days") Optional<List<LocalDate>> days,
            Clock clock) {
        this.days = days.orElse(List.of());
        this.clock = clock;
    }

    @GET
    @NonBlocking
    @Operation(operationId = "getNextTakeBackDay", summary = "The next National Prescription Drug Take Back Day",
            description = "From the configured dates; no database is read.")
    @APIResponse(responseCode = "200", description = "The next day, or none announced yet (date null)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TakeBackDayView.class)))
    public TakeBackDayView next() {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> next = TakeBackDays.next(days, today);
        List<String> notes = next.isPresent()
                ? List.of("Sites are set up for the day by local law enforcement and others; year-round collection "
                        + "sites are listed by ZIP code.")
                : List.of("DEA has not announced the next date yet. Take Back Days are usually held in April and "
                        + "October; year-round collection sites are listed by ZIP code.");
        return new TakeBackDayView(EVENT, next.orElse(null), next.map(d -> ChronoUnit.DAYS.between(today, d)).orElse(null),
                next.isPresent() ? "10:00 a.m. to 2:00 p.m. local time" : null,
                List.of("PILLS", "PATCHES"), List.of("SHARPS", "LIQUIDS", "INHALERS"),
                "https://www.dea.gov/takebackday#collection-locator", GuidanceSource.DEA_TAKE_BACK_DAY.url(), notes);
    }
}
