package com.healthoptions.mtm.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plan's clock in a function's Quarkus tests, in place of the production one: it stands still at
 * {@code mtm.test.now} (by default 30 June 2026, noon in the plan's time zone), so plan years and "today"
 * never drift, until a test that plays a member's year day by day moves it.
 *
 * <p>A module's tests take it by indexing this test-jar (src/test/resources/application.properties:
 * {@code quarkus.index-dependency.<name>} with classifier {@code tests}); modules that do not keep the real clock.
 */
@ApplicationScoped
public class FixedPlanClock {

    public static final ZoneId PLAN_ZONE = ZoneId.of("America/Chicago");
    /** Set by {@link #setToday} or {@link #setNow}; until then the clock reads {@code mtm.test.now}. */
    private static volatile Instant moved;

    /** Moves the clock to noon of {@code day} in the plan's time zone. */
    public static void setToday(LocalDate day) {
        moved = day.atTime(12, 0).atZone(PLAN_ZONE).toInstant();
    }

    public static void setNow(Instant instant) {
        moved = instant;
    }

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "mtm.test.now", defaultValue = "2026-06-30T17:00:00Z") Instant fixed) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return PLAN_ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                Instant now = moved;
                return now != null ? now : fixed;
            }
        };
    }
}
