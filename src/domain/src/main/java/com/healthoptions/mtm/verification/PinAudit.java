package com.healthoptions.mtm.verification;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Audit rows for PIN issue and verification (HIPAA 164.312(b)), written in the same transaction as the
 * state they describe. Actor {@code connect}, correlation id = the Connect contact id. Details name the
 * method, the internal reason and a keyed hash of the caller number; never a PIN, date of birth, ZIP or
 * phone number.
 */
@ApplicationScoped
public class PinAudit {

    public static final String ACTOR = "connect";
    public static final String ISSUED = "PIN_ISSUED";
    public static final String VERIFY = "PIN_VERIFY";
    /** A call whose action could not be read. */
    public static final String REQUEST = "PIN_REQUEST";

    private static final String INSERT = """
            insert into audit_event (actor, action, member_id, outcome, details, correlation_id)
            values ($1, $2, $3, $4, $5, $6)""";

    public static final String LOCK_LIFTED = "PIN_LOCK_LIFTED";

    private final PinTransactions transactions;

    public PinAudit(PinTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * A call refused as INVALID_INPUT. {@code field} names what was wrong (never its value); the contact id
     * only when it was well formed.
     */
    public Uni<Void> rejected(String action, String contactId, String field) {
        return record(ACTOR, action, null, "INVALID_INPUT", Map.of("field", field), contactId);
    }

    /** A refused call from someone other than Connect (a staff operation), in its own bounded transaction. */
    public Uni<Void> record(String actor, String action, String memberId, String outcome, Map<String, String> details,
            String correlationId) {
        return transactions.inTransaction(conn -> insert(conn, actor, action, memberId, outcome, details, correlationId));
    }

    public Uni<Void> record(SqlClient client, String action, String memberId, String outcome,
            Map<String, String> details, String contactId) {
        return insert(client, ACTOR, action, memberId, outcome, details, contactId);
    }

    Uni<Void> insert(SqlClient client, String actor, String action, String memberId, String outcome,
            Map<String, String> details, String correlationId) {
        JsonObject json = new JsonObject();
        details.forEach(json::put);
        return client.preparedQuery(INSERT)
                .execute(Tuple.of(actor, action, memberId, outcome, json, correlationId))
                .replaceWithVoid();
    }
}
