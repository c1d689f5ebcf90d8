package com.healthoptions.mtm.enrollment.http;

import static com.healthoptions.mtm.enrollment.http.OptOutTestDay.PLAN_YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.enrollment.http.ApiGatewayEvent.Answer;
import com.healthoptions.mtm.testing.InjectPrivatePostgres;
import com.healthoptions.mtm.testing.PrivatePostgres;
import com.healthoptions.mtm.testing.PrivatePostgresDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a real PostgreSQL of this class's own is stopped under the running function, a statement is held
 * past its limit and the pool is drained: each time the portal gets 503 problem+json with Retry-After, nothing
 * changes, and the same function instance answers normally as soon as the database does.
 */
@QuarkusTest
@WithTestResource(PrivatePostgresDatabase.class)
class DatabaseOutageTest {

    @InjectPrivatePostgres
    PrivatePostgres postgres;

    @Inject
    Pool pool;

    private TestData db() {
        return TestData.open(postgres.jdbcUrl(PrivatePostgresDatabase.DATABASE));
    }

    private String stored(String memberId) {
        try (var db = db()) {
            return db.value(String.class, "select coalesce(opt_out_reason, 'ENROLLED') from mtm_enrollment"
                    + " where member_id = ? and plan_year = ?", memberId, PLAN_YEAR);
        }
    }

    static void unavailable(Answer answer) {
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isEqualTo("30");
        assertThat(answer.json().getInt("status")).isEqualTo(503);
        assertThat(answer.json().getString("title")).isEqualTo("Service unavailable");
        assertThat(answer.body()).doesNotContain("OUTAGE-");
    }

    @Test
    void withTheDatabaseStoppedEveryRouteIs503AndAfterItStartsTheSameFunctionServesAgain() {
        try (var db = db()) {
            db.member("OUTAGE-1").enrolled("OUTAGE-1", PLAN_YEAR, LocalDate.of(2026, 1, 20), "01");
        }
        assertThat(ApiGatewayEvent.get(OptOutResourceTest.enrollment("OUTAGE-1")).asMember("OUTAGE-1").send().status())
                .isEqualTo(200);

        postgres.stop();
        try {
            unavailable(ApiGatewayEvent.get(OptOutResourceTest.enrollment("OUTAGE-1")).asMember("OUTAGE-1").send());
            unavailable(ApiGatewayEvent.post(OptOutResourceTest.optOut("OUTAGE-1")).asMember("OUTAGE-1")
                    .idempotencyKey("outage-key-1").json("{\"reason\":\"03\"}").send());
            unavailable(ApiGatewayEvent.delete(OptOutResourceTest.optOut("OUTAGE-1")).asStaff("staff-ann").send());
        } finally {
            postgres.start();
        }

        // The refused opt-out changed nothing; repeating it (same key) now opts the member out, once.
        assertThat(stored("OUTAGE-1")).isEqualTo("ENROLLED");
        Answer retried = ApiGatewayEvent.post(OptOutResourceTest.optOut("OUTAGE-1")).asMember("OUTAGE-1")
                .idempotencyKey("outage-key-1").json("{\"reason\":\"03\"}").send();
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().getString("status")).isEqualTo("OPTED_OUT");
        assertThat(stored("OUTAGE-1")).isEqualTo("03");
        try (var db = db()) {
            assertThat(db.value(Long.class, "select count(*) from audit_event where member_id = 'OUTAGE-1'"
                    + " and action = 'MTM_OPTED_OUT'")).isEqualTo(1);
        }
    }

    @Test
    void aStatementHeldPastItsLimitIs503AndTheRetryAfterwardsSucceeds() throws Exception {
        try (var db = db()) {
            db.member("OUTAGE-2").enrolled("OUTAGE-2", PLAN_YEAR, LocalDate.of(2026, 1, 20), "01");
        }
        try (Connection blocker = DriverManager.getConnection(postgres.jdbcUrl(PrivatePostgresDatabase.DATABASE),
                "postgres", "")) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("select 1 from mtm_enrollment where member_id = 'OUTAGE-2' for update");
            // The opt-out waits on the row lock until statement_timeout (4 s) cancels it on the server.
            CompletableFuture<Answer> call = CompletableFuture.supplyAsync(() -> ApiGatewayEvent
                    .post(OptOutResourceTest.optOut("OUTAGE-2")).asMember("OUTAGE-2").send());
            unavailable(call.get(30, TimeUnit.SECONDS));
            blocker.rollback();
        }
        assertThat(stored("OUTAGE-2")).isEqualTo("ENROLLED");
        Answer retried = ApiGatewayEvent.post(OptOutResourceTest.optOut("OUTAGE-2")).asMember("OUTAGE-2").send();
        assertThat(retried.status()).isEqualTo(200);
        assertThat(stored("OUTAGE-2")).isEqualTo("03");
    }

    @Test
    void aDrainedPoolIs503AfterTheAcquisitionTimeoutAndServesAgainOnceAConnectionIsBack() {
        try (var db = db()) {
            db.member("OUTAGE-3");
        }
        // Both of the function's connections (max-size 2) taken and held.
        SqlConnection first = pool.getConnection().await().atMost(Duration.ofSeconds(10));
        SqlConnection second = pool.getConnection().await().atMost(Duration.ofSeconds(10));
        try {
            unavailable(ApiGatewayEvent.get(OptOutResourceTest.enrollment("OUTAGE-3")).asMember("OUTAGE-3").send());
        } finally {
            first.close().await().atMost(Duration.ofSeconds(10));
            second.close().await().atMost(Duration.ofSeconds(10));
        }
        Answer served = ApiGatewayEvent.get(OptOutResourceTest.enrollment("OUTAGE-3")).asMember("OUTAGE-3").send();
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.json().getString("status")).isEqualTo("NOT_ENROLLED");
    }
}
