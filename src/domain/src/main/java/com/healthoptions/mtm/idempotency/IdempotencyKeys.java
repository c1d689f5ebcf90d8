package com.healthoptions.mtm.idempotency;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency keys for state-changing requests (a caller's {@code Idempotency-Key}): the first request
 * with a key claims it inside its own transaction and stores its answer there; a repeat with the same key
 * and the same request gets that answer back and changes nothing; the same key with another request is
 * refused ({@link IdempotencyKeyReusedException}). Keys are per caller, so two callers never share one; a
 * key older than the retention may be claimed again by a new request.
 *
 * <p>A concurrent repeat waits on the claim's row lock until the first transaction ends: after its commit it
 * reads the answer; after its rollback (the request failed) it claims the key itself. The table needs
 * {@code caller}, {@code idempotency_key}, {@code request_fingerprint}, the subject column, {@code response
 * jsonb} and {@code created_at timestamptz default now()}, with primary key {@code (caller, idempotency_key)}.
 */
public final class IdempotencyKeys {

    private final String claim;
    private final String stored;
    private final String answer;
    private final Duration retention;

    /**
     * @param table the table keeping the keys of one kind of request
     * @param subjectColumn the column naming what the request acts on (a member id), kept with the key
     * @param retention how long a key answers repeats before a new request may claim it
     */
    public IdempotencyKeys(String table, String subjectColumn, Duration retention) {
        if (!table.matches("[a-z_][a-z0-9_]*") || !subjectColumn.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("table and column names are plain lower-case identifiers");
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention must be positive");
        }
        this.retention = retention;
        // One statement claims a new key or takes over an expired one (database time on both sides).
        this.claim = """
                insert into %1$s (caller, idempotency_key, request_fingerprint, %2$s)
                values ($1, $2, $3, $4)
                on conflict (caller, idempotency_key) do update
                set request_fingerprint = excluded.request_fingerprint, %2$s = excluded.%2$s,
                    response = null, created_at = now()
                where %1$s.created_at < now() - $5 * interval '1 second'""".formatted(table, subjectColumn);
        this.stored = "select request_fingerprint, response from %s where caller = $1 and idempotency_key = $2"
                .formatted(table);
        this.answer = "update %s set response = $3 where caller = $1 and idempotency_key = $2".formatted(table);
    }

    /**
     * Claims {@code key} for {@code caller} in {@code conn}'s transaction. Empty: the request is new (or had
     * no key) and runs; present: the stored answer of the earlier request with this key, to be returned as
     * it is.
     *
     * @param fingerprint what the request asks for ({@link #fingerprint}), so a reused key is recognised
     * @throws IdempotencyKeyReusedException (in the Uni) when the key answered another request
     */
    public Uni<Optional<JsonObject>> claim(SqlConnection conn, String caller, Optional<String> key, String fingerprint,
            String subject) {
        if (key.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return conn.preparedQuery(claim)
                .execute(Tuple.of(caller, key.get(), fingerprint, subject, retention.toSeconds()))
                .flatMap(inserted -> inserted.rowCount() == 1
                        ? Uni.createFrom().item(Optional.<JsonObject>empty())
                        : conn.preparedQuery(stored).execute(Tuple.of(caller, key.get())).map(rows -> {
                            Row row = rows.iterator().next();
                            if (!fingerprint.equals(row.getString("request_fingerprint"))) {
                                throw new IdempotencyKeyReusedException();
                            }
                            return Optional.of((JsonObject) row.getValue("response"));
                        }));
    }

    /** Stores the answer of the request that claimed {@code key}, in the same transaction; nothing without a key. */
    public Uni<Void> storeAnswer(SqlConnection conn, String caller, Optional<String> key, JsonObject response) {
        if (key.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery(answer).execute(Tuple.of(caller, key.get(), response)).replaceWithVoid();
    }

    /** A request's fingerprint: the SHA-256 of its parts (action, subject, arguments), one per line. */
    public static String fingerprint(String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
