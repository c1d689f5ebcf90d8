package com.healthoptions.mtm.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Records that a member's health information was shown to someone (HIPAA 164.312(b)): one audit row per
 * answered read, written before the answer leaves, so a read whose row cannot be written is not answered.
 */
public final class PhiReadAudit {

    /** A member's eligibility decision and its evidence (claims, diagnoses, DMP status) was shown. */
    public static final String ELIGIBILITY_READ = "MTM_ELIGIBILITY_READ";
    /** A member's MTM enrollment (dates, opt-out and reason) was shown. */
    public static final String ENROLLMENT_READ = "MTM_ENROLLMENT_READ";

    private PhiReadAudit() {
    }

    /** Appends the row on {@code client}: a connection inside the read's transaction, or the pool. */
    public static Uni<Void> record(SqlClient client, PhiReader reader, String action, String memberId,
            JsonObject details) {
        return client.preparedQuery("""
                insert into audit_event (occurred_at, actor, action, member_id, outcome, details, correlation_id)
                values (now(), $1, $2, $3, 'SUCCESS', $4, $5)""")
                .execute(Tuple.of(reader.actor(), action, memberId, details, reader.correlationId()))
                .replaceWithVoid();
    }
}
