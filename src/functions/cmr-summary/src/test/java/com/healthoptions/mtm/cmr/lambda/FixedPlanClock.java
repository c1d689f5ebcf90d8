package com.healthoptions.mtm.cmr.lambda;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Tests run on 30 June 2026 in the plan's time zone. */
@ApplicationScoped
public class FixedPlanClock {

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    Clock clock() {
        return Clock.fixed(Instant.parse("2026-06-30T17:00:00Z"), ZoneId.of("America/Chicago"));
    }
}
