package com.healthoptions.mtm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** "Today" for the plan: the plan's business time zone decides when a day, and a plan year, begins. */
@ApplicationScoped
public class PlanClock {

    @Produces
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "mtm.time-zone", defaultValue = "America/Chicago") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
