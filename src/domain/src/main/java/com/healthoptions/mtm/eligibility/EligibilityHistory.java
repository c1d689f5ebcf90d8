package com.healthoptions.mtm.eligibility;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores eligibility decisions; each run adds rows, none are changed. */
@ApplicationScoped
public class EligibilityHistory implements PanacheRepository<EligibilityDetermination> {

    public Uni<EligibilityDetermination> record(EligibilityDecision decision, String triggeredBy) {
        return persist(EligibilityDetermination.of(decision, triggeredBy));
    }
}
