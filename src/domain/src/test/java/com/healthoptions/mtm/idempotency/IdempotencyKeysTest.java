package com.healthoptions.mtm.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.healthoptions.mtm.testing.OwnerPool;
import com.healthoptions.mtm.testing.TestData;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request sent again with its Idempotency-Key gets the first answer and changes nothing; the key with
 * another request is refused; keys are per caller; a failed request leaves its key free; an expired key is
 * free again. Driven against a table of its own, as any other kind of request would keep its keys.
 */
class IdempotencyKeysTest {

    static OwnerPool database;
    static Pool pool;
    static IdempotencyKeys keys;

    @BeforeAll
    static void database() {
        database = OwnerPool.onFreshDatabase("mtm_opt_out");
        pool = database.pool();
        try (var db = TestData.open()) {
            db.update("""
                    create table if not exists test_keyed_request (
                        caller text not null, idempotency_key text not null, request_fingerprint text not null,
                        subject text not null, response jsonb, created_at timestamptz not null default now(),
                        primary key (caller, idempotency_key))""");
        }
        keys = new IdempotencyKeys("test_keyed_request", "subject", Duration.ofHours(24));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    /** One keyed request: claims the key, and when new "does the work" (counted) and stores its answer. */
    static Optional<JsonObject> send(String caller, Optional<String> key, String fingerprint, String answer,
            int[] worked) {
        return pool.withTransaction(conn -> keys.claim(conn, caller, key, fingerprint, "M1")
                .flatMap(stored -> {
                    if (stored.isPresent()) {
                        return Uni.createFrom().item(stored);
                    }
                    worked[0]++;
                    JsonObject response = new JsonObject().put("answer", answer);
                    return keys.storeAnswer(conn, caller, key, response).replaceWith(Optional.<JsonObject>empty());
                })).await().indefinitely();
    }

    static Optional<String> newKey() {
        return Optional.of(UUID.randomUUID().toString());
    }

    @Test
    void aRepeatWithTheSameKeyAndRequestGetsTheFirstAnswerAndDoesNoWork() {
        Optional<String> key = newKey();
        String request = IdempotencyKeys.fingerprint("OPT_OUT", "M1", "03");
        int[] worked = {0};

        assertThat(send("portal", key, request, "first", worked)).isEmpty();
        assertThat(send("portal", key, request, "second", worked)).contains(new JsonObject().put("answer", "first"));
        assertThat(worked[0]).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        Optional<String> key = newKey();
        int[] worked = {0};
        send("portal", key, IdempotencyKeys.fingerprint("OPT_OUT", "M1", "03"), "first", worked);

        assertThatThrownBy(() -> send("portal", key, IdempotencyKeys.fingerprint("OPT_BACK_IN", "M1", ""), "x", worked))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(worked[0]).isEqualTo(1);
    }

    @Test
    void twoCallersNeverShareAKey() {
        Optional<String> key = newKey();
        String request = IdempotencyKeys.fingerprint("OPT_OUT", "M1", "03");
        int[] worked = {0};

        send("portal", key, request, "portal's", worked);
        assertThat(send("staff:alice", key, request, "alice's", worked)).isEmpty();
        assertThat(worked[0]).isEqualTo(2);
    }

    @Test
    void withoutAKeyEveryRequestRunsAndNothingIsKept() {
        String request = IdempotencyKeys.fingerprint("OPT_OUT", "M1", "03");
        int[] worked = {0};
        long before = rows();

        send("portal", Optional.empty(), request, "a", worked);
        send("portal", Optional.empty(), request, "b", worked);

        assertThat(worked[0]).isEqualTo(2);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aRequestThatFailedLeavesItsKeyFreeForTheRetry() {
        Optional<String> key = newKey();
        String request = IdempotencyKeys.fingerprint("OPT_OUT", "M1", "03");
        assertThatThrownBy(() -> pool.withTransaction(conn -> keys.claim(conn, "portal", key, request, "M1")
                .invoke(ignored -> {
                    throw new IllegalStateException("the work failed");
                })).await().indefinitely()).isInstanceOf(IllegalStateException.class);

        int[] worked = {0};
        assertThat(send("portal", key, request, "retried", worked)).isEmpty();
        assertThat(worked[0]).isEqualTo(1);
    }

    @Test
    void aKeyOlderThanTheRetentionMayBeClaimedByANewRequest() {
        Optional<String> key = newKey();
        int[] worked = {0};
        send("portal", key, IdempotencyKeys.fingerprint("OPT_OUT", "M1", "03"), "old", worked);
        try (var db = TestData.open()) {
            db.update("update test_keyed_request set created_at = now() - interval '25 hours' where idempotency_key = ?",
                    key.get());
        }

        assertThat(send("portal", key, IdempotencyKeys.fingerprint("OPT_BACK_IN", "M1", ""), "new", worked)).isEmpty();
        assertThat(send("portal", key, IdempotencyKeys.fingerprint("OPT_BACK_IN", "M1", ""), "again", worked))
                .contains(new JsonObject().put("answer", "new"));
        assertThat(worked[0]).isEqualTo(2);
    }

    @Test
    void theFingerprintTellsRequestsApart() {
        assertThat(IdempotencyKeys.fingerprint("OPT_OUT", "M1", "03"))
                .isEqualTo(IdempotencyKeys.fingerprint("OPT_OUT", "M1", "03"))
                .isNotEqualTo(IdempotencyKeys.fingerprint("OPT_OUT", "M1", "04"))
                .isNotEqualTo(IdempotencyKeys.fingerprint("OPT_OUT", "M2", "03"))
                .matches("[0-9a-f]{64}");
    }

    static long rows() {
        try (var db = TestData.open()) {
            return db.value(Long.class, "select count(*) from test_keyed_request");
        }
    }
}
