package com.healthoptions.mtm.verification;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Idempotency for Connect's retries. A call is keyed on contact id + action + a keyed MAC of its
 * parameters; the first transaction to insert the key owns the call, and a retry with the same key blocks
 * on that row until the first commits, then gets the stored answer instead of counting again or issuing a
 * second PIN. After the retry window the same key is a new call.
 */
@ApplicationScoped
public class ContactRequests {

    private static final String CLAIM = """
            insert into connect_request as r (contact_id, action, request_mac) values ($1, $2, $3)
            on conflict (contact_id, action, request_mac) do update
                set received_at = now(), response = '{}'::jsonb, sealed_pin = null
                where r.received_at < now() - make_interval(secs => $4)
            returning 1""";

    private static final String STORED = """
            select response, sealed_pin from connect_request
            where contact_id = $1 and action = $2 and request_mac = $3""";

    private static final String ANSWER = """
            update connect_request set response = $4, sealed_pin = $5
            where contact_id = $1 and action = $2 and request_mac = $3""";

    /** What the claim found: a new call, or a retry and the answer the first call gave. */
    public sealed interface Claim {
    }

    public record NewCall() implements Claim {
    }

    public record Retry(JsonObject response, byte[] sealedPin) implements Claim {
    }

    public Uni<Claim> claim(SqlConnection conn, String contactId, String action, byte[] requestMac,
            Duration retryWindow) {
        Tuple key = Tuple.of(contactId, action, Buffer.buffer(requestMac));
        return conn.preparedQuery(CLAIM)
                .execute(Tuple.of(contactId, action, Buffer.buffer(requestMac), (double) retryWindow.toSeconds()))
                .flatMap(claimed -> claimed.rowCount() == 1
                        ? Uni.createFrom().item(new NewCall())
                        : conn.preparedQuery(STORED).execute(key).map(rows -> {
                            Row row = rows.iterator().next();
                            var sealed = row.getBuffer(1);
                            return new Retry(row.getJsonObject(0), sealed == null ? null : sealed.getBytes());
                        }));
    }

    public Uni<Void> answer(SqlConnection conn, String contactId, String action, byte[] requestMac,
            JsonObject response, byte[] sealedPin) {
        return conn.preparedQuery(ANSWER).execute(Tuple.tuple().addString(contactId).addString(action)
                .addValue(Buffer.buffer(requestMac)).addJsonObject(response)
                .addValue(sealedPin == null ? null : Buffer.buffer(sealedPin))).replaceWithVoid();
    }
}
