package com.healthoptions.mtm.program.cms.lambda;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The plan's clock for tests: a member's year is played day by day, so "today" is set by the test. */
@ApplicationScoped
public class MovableClock {

    static final ZoneId PLAN_ZONE = ZoneId.of("America/Chicago");
    private static volatile Instant now = Instant.parse("2026-06-30T17:00:00Z");

    static void setToday(LocalDate day) {
        now = day.atTime(12, 0).atZone(PLAN_ZONE).toInstant();
    }

    static void setNow(Instant instant) {
        now = instant;
    }

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return PLAN_ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(now, zone);
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
