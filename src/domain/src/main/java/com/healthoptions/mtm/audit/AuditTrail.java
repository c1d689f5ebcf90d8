package com.healthoptions.mtm.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Appends audit rows; rows are never updated or deleted by the application. */
@ApplicationScoped
public class AuditTrail implements PanacheRepository<AuditEvent> {

    public Uni<AuditEvent> record(AuditEvent event) {
        return persist(event);
    }
}
