package com.healthoptions.mtm.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One audit row (HIPAA 164.312(b)): who did what to which member, when, and the outcome. Details must
 * never hold a PIN, date of birth, ZIP, name or phone number.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant occurredAt;
    public String actor;
    public String action;
    public String memberId;
    public String outcome;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, String> details;

    public String correlationId;

    public static AuditEvent of(String actor, String action, String memberId, String outcome,
            Map<String, String> details, String correlationId) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = Instant.now();
        e.actor = actor;
        e.action = action;
        e.memberId = memberId;
        e.outcome = outcome;
        e.details = Map.copyOf(details);
        e.correlationId = correlationId;
        return e;
    }
}
