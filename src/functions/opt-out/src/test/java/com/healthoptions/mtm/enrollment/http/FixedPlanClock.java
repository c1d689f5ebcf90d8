package com.healthoptions.mtm.enrollment.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Tests run on 10 March 2026 in the plan's time zone, so plan year and dates are known. */
public class FixedPlanClock {

    static final int PLAN_YEAR = 2026;
    static final String TODAY = "2026-03-10";

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock fixed() {
        return Clock.fixed(Instant.parse("2026-03-10T15:00:00Z"), ZoneId.of("America/Chicago"));
    }
}
