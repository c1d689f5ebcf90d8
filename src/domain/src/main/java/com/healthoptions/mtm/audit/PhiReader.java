package com.healthoptions.mtm.audit;

import java.util.Objects;

/**
 * Who is shown a member's health information, as the audit trail names them ({@code staff:<subject>},
 * {@code member:<member id>}), and the request it came with (API Gateway's request id, which the caller sees).
 */
public record PhiReader(String actor, String correlationId) {

    public PhiReader {
        Objects.requireNonNull(actor);
    }

    public static PhiReader staff(String subject, String correlationId) {
        return new PhiReader("staff:" + Objects.requireNonNull(subject), correlationId);
    }
}
