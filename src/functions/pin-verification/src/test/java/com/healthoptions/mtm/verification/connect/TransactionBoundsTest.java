package com.healthoptions.mtm.verification.connect;

import static com.healthoptions.mtm.verification.connect.ConnectCalls.*;
import static com.healthoptions.mtm.verification.connect.Members.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.verification.PinTransactions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every PIN transaction is bounded below the call's 5 s budget, and a transaction that timed out never
 * leaves its connection (or its locks) behind: proven with a real row lock held by another connection. The
 * caller hears UNAVAILABLE ("please call back"), and nothing was counted.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(SecretsManagerTestResource.class)
class TransactionBoundsTest {

    @Inject
    PinVerificationHandler handler;

    @Inject
    Pool pool;

    @Test
    void aCallStuckOnAHeldLockIsAnsweredUnavailableWithinTheLockTimeoutCountsNothingAndItsConnectionIsClosed()
            throws Exception {
        String phone = newPhone();
        member("TX-LOCK", phone);
        update("insert into verification_throttle (subject_kind, subject_key) values ('MEMBER', 'TX-LOCK')");
        try (Connection blocker = jdbc(); Connection observer = jdbc()) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute(
                    "select 1 from verification_throttle where subject_kind = 'MEMBER' and subject_key = 'TX-LOCK' for update");
            long started = System.nanoTime();
            String contact = newContact();
            CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> {
                try {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    handler.handleRequest(new ByteArrayInputStream(verifyEvent(contact, phone, dob("TX-LOCK"), ZIP, null)
                            .getBytes(StandardCharsets.UTF_8)), out, null);
                    return out.toString(StandardCharsets.UTF_8);
                } catch (java.io.IOException failed) {
                    throw new java.io.UncheckedIOException(failed);
                }
            });
            int waiting = waitingBackend(observer, Duration.ofSeconds(10));
            String answered = call.get(10, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // An answer, not a failed invocation: the flow routes it to "please call back".
            assertThat(answer(answered)).isEqualTo(java.util.Map.of("result", "UNAVAILABLE"));
            // Counted nothing, stored nothing: the transaction rolled back whole.
            assertThat(count("select coalesce(sum(failures), 0) from verification_throttle where subject_key = 'TX-LOCK'")).isZero();
            assertThat(count("select count(*) from connect_request where contact_id = ?", contact)).isZero();
            // lock_timeout (2 s) ended it on the server, well inside the 5 s budget.
            assertThat(took).isLessThan(Duration.ofMillis(4500)).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
            // The connection that waited is gone, not back in the pool.
            assertThat(backendGone(observer, waiting, Duration.ofSeconds(3))).as("backend " + waiting + " closed").isTrue();
            blocker.rollback();
        }
        // Nothing left over: the next call works on a fresh connection.
        assertThat(verify(newContact(), phone, dob("TX-LOCK"), ZIP, null)).containsEntry("result", "VERIFIED");
    }

    @Test
    void aTransactionOverItsClientBudgetIsCancelledOnTheServerAndItsConnectionClosed() throws Exception {
        // A budget shorter than the server-side limits: only the client can end this one.
        PinTransactions bounded = new PinTransactions(pool, Duration.ofSeconds(1), Duration.ofSeconds(20),
                Duration.ofSeconds(20));
        member("TX-BUDGET", newPhone());
        try (Connection blocker = jdbc(); Connection observer = jdbc()) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("select 1 from member where member_id = 'TX-BUDGET' for update");
            CompletableFuture<Throwable> call = CompletableFuture.supplyAsync(() -> {
                try {
                    bounded.inTransaction(conn -> conn.query("select 1 from member where member_id = 'TX-BUDGET' for update")
                            .execute()).await().atMost(Duration.ofSeconds(30));
                    return null;
                } catch (Throwable failed) {
                    return failed;
                }
            });
            int waiting = waitingBackend(observer, Duration.ofSeconds(10));
            assertThat(call.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(java.util.concurrent.TimeoutException.class);
            // Cancelled and closed while the blocker still holds its lock: the server does not wait 20 s.
            assertThat(backendGone(observer, waiting, Duration.ofSeconds(3))).as("backend " + waiting + " closed").isTrue();
            blocker.rollback();
        }
        // The pool hands out a working connection afterwards.
        assertThat(bounded.inTransaction(conn -> conn.query("select 1").execute()).await().atMost(Duration.ofSeconds(5))
                .size()).isEqualTo(1);
    }

    @Test
    void theLimitsMustStayBelowTheBudget() {
        assertThatThrownBy(() -> new PinTransactions(pool, Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(2))).hasMessageContaining("mtm.pin.lock-timeout");
    }

    private static Connection jdbc() throws Exception {
        return DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password());
    }

    /** The backend of ours that is waiting on a lock. */
    private static int waitingBackend(Connection observer, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            try (var rs = observer.createStatement().executeQuery("""
                    select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'""")) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no backend ever waited on the held lock");
    }

    private static boolean backendGone(Connection observer, int pid, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            try (var st = observer.prepareStatement("select count(*) from pg_stat_activity where pid = ?")) {
                st.setInt(1, pid);
                try (var rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return true;
                    }
                }
            }
            Thread.sleep(50);
        }
        return false;
    }
}
