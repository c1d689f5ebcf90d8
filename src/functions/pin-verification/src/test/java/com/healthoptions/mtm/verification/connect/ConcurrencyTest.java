package com.healthoptions.mtm.verification.connect;

import static com.healthoptions.mtm.verification.connect.ConnectCalls.*;
import static com.healthoptions.mtm.verification.connect.Members.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.verification.CallerVerification;
import com.healthoptions.mtm.verification.IssueRequest;
import com.healthoptions.mtm.verification.PinChallenges;
import com.healthoptions.mtm.verification.PinKeys;
import com.healthoptions.mtm.verification.VerificationResult;
import com.healthoptions.mtm.verification.VerifyRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Simultaneous attempts. To be sure they really overlap, a plain JDBC transaction first holds the row they
 * all need; the test waits until PostgreSQL shows many of them queued on that lock, then lets go.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(SecretsManagerTestResource.class)
class ConcurrencyTest {

    static final int CALLERS = 50;
    /** The test profile's pool holds 20 connections: at least this many transactions must queue at once. */
    static final int MUST_WAIT_TOGETHER = 10;
    static final LocalDate WRONG_DOB = LocalDate.of(1940, 1, 1);

    @Inject
    CallerVerification verification;

    @Inject
    PinChallenges challenges;

    @Inject
    PinVerificationHandler handler;

    @Inject
    PinKeys keys;

    @Test
    void fiftySimultaneousWrongAnswersFromANumberOnFileCountExactlyItsFiveThenStopAni() throws Exception {
        String phone = newPhone();
        member("CONC-SERVICE", phone);
        List<String> results = whileCounterLocked("LINE", keys.callerRef(phone),
                i -> () -> verification.verify(new VerifyRequest(newContact(), phone, WRONG_DOB, ZIP, null))
                        .await().atMost(Duration.ofSeconds(60)).result().name());
        assertExactlyTheLineAllowanceCounted(results, phone, "CONC-SERVICE");
    }

    @Test
    void fiftySimultaneousWrongAnswersThroughTheHandlerCountExactlyTheLinesFive() throws Exception {
        String phone = newPhone();
        member("CONC-HANDLER", phone);
        List<String> results = whileCounterLocked("LINE", keys.callerRef(phone),
                i -> () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    handler.handleRequest(new ByteArrayInputStream(verifyEvent(newContact(), phone, NOBODYS_DOB, ZIP, null)
                            .getBytes(StandardCharsets.UTF_8)), out, null);
                    return answer(out.toString(StandardCharsets.UTF_8)).get("result");
                });
        assertExactlyTheLineAllowanceCounted(results, phone, "CONC-HANDLER");
    }

    @Test
    void fiftySimultaneousWrongPinAttemptsOnOneMemberFromDifferentNumbersCountExactlyThree() throws Exception {
        member("CONC-PIN", newPhone());
        String pin = issue("CONC-PIN").get("pin");
        List<String> results = whileRowLocked("pin_challenge", "member_id = 'CONC-PIN'",
                i -> () -> verification.verify(new VerifyRequest(newContact(), newPhone(), WRONG_DOB, ZIP, pin))
                        .await().atMost(Duration.ofSeconds(60)).result().name());
        // The member is charged three times, then locked; every answer is NOT_VERIFIED, the right ones after
        // the lock too (so neither a live PIN nor the lock is ever confirmed).
        assertThat(results).containsOnly("NOT_VERIFIED");
        assertThat(count("""
                select failures::bigint from verification_throttle where subject_kind = 'MEMBER' and subject_key = 'CONC-PIN'"""))
                .isEqualTo(3);
        assertThat(count("""
                select count(*) from audit_event where member_id = 'CONC-PIN' and action = 'PIN_VERIFY'
                and details ->> 'reason' = 'FACTORS_MISMATCH'""")).isEqualTo(3);
        assertThat(verify(newContact(), newPhone(), dob("CONC-PIN"), ZIP, pin)).containsEntry("result", "NOT_VERIFIED");
    }

    @Test
    void fiftySimultaneousUnknownPinsKeyedWithOneMembersFactorsChargeThatMemberExactlyThree() throws Exception {
        member("CONC-FACTORS", newPhone());
        String pin = issue("CONC-FACTORS").get("pin");
        LocalDate dob = dobOf("CONC-FACTORS");
        List<String> results = whileCounterLocked("MEMBER", "CONC-FACTORS",
                i -> () -> verification.verify(new VerifyRequest(newContact(), newPhone(), dob, ZIP,
                                String.format("%07d", (Integer.parseInt(pin) + 1 + i) % 10_000_000)))
                        .await().atMost(Duration.ofSeconds(60)).result().name());
        assertThat(results).containsOnly("NOT_VERIFIED");
        assertThat(count("""
                select failures::bigint from verification_throttle where subject_kind = 'MEMBER' and subject_key = 'CONC-FACTORS'"""))
                .isEqualTo(3);
        assertThat(verify(newContact(), newPhone(), dob("CONC-FACTORS"), ZIP, pin)).containsEntry("result", "NOT_VERIFIED");
    }

    @Test
    void aPinTriedRightTwentyTimesAtOnceWorksExactlyOnce() throws Exception {
        member("CONC-ONCE", newPhone());
        String pin = issue("CONC-ONCE").get("pin");
        List<String> results = whileRowLocked("pin_challenge", "member_id = 'CONC-ONCE'", 20,
                i -> () -> verification.verify(new VerifyRequest(newContact(), newPhone(), dobOf("CONC-ONCE"), ZIP, pin))
                        .await().atMost(Duration.ofSeconds(60)).result().name());
        assertThat(tally(results)).containsEntry("VERIFIED", 1L).containsEntry("NOT_VERIFIED", 19L);
    }

    @Test
    void simultaneousRetriesOfOneCallCountOnce() throws Exception {
        String phone = newPhone();
        member("CONC-RETRY", phone);
        String contact = newContact();
        VerifyRequest same = new VerifyRequest(contact, phone, WRONG_DOB, ZIP, null);
        update("insert into verification_throttle (subject_kind, subject_key) values ('LINE', ?) on conflict do nothing",
                keys.callerRef(phone));
        List<String> results = whileRowLocked("verification_throttle",
                "subject_kind = 'LINE' and subject_key = '" + keys.callerRef(phone) + "'", 10,
                i -> () -> {
                    var outcome = verification.verify(same).await().atMost(Duration.ofSeconds(60));
                    return outcome.result() + "/" + outcome.attemptsRemaining();
                }, 1);
        assertThat(results).containsOnly("PIN_REQUIRED/3");
        assertThat(count("select failures::bigint from verification_throttle where subject_kind = 'LINE' and subject_key = ?",
                keys.callerRef(phone))).isEqualTo(1);
    }

    @Test
    void simultaneousIssuesForOneMemberLeaveExactlyOneWorkingPin() throws Exception {
        member("CONC-ISSUE", newPhone());
        List<String> pins = whileRowLocked("member", "member_id = 'CONC-ISSUE'", 10,
                i -> () -> challenges.issue(new IssueRequest(newContact(), "CONC-ISSUE", phoneOf("CONC-ISSUE")))
                        .await().atMost(Duration.ofSeconds(60)).pin(), 1);
        assertThat(pins).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(count("""
                select count(*) from pin_challenge where member_id = 'CONC-ISSUE' and used_at is null and revoked_at is null"""))
                .isEqualTo(1);
        // Exactly one of the PINs handed out is the open challenge's (trying the others would charge the member).
        String openMac = java.util.HexFormat.of().formatHex(keysOpenMac("CONC-ISSUE"));
        List<String> working = pins.stream()
                .filter(pin -> java.util.HexFormat.of().formatHex(keys.pinMac(pin)).equals(openMac)).toList();
        assertThat(working).hasSize(1);
        assertThat(verify(newContact(), newPhone(), dob("CONC-ISSUE"), ZIP, working.getFirst())).containsEntry("result", "VERIFIED");
    }

    @Test
    void fiftyCallsPostedAtOnceToTheMockEventServerCountExactlyTheLinesFive() throws Exception {
        // The mock event server may hand events to the function one at a time; the invariant must hold anyway.
        String phone = newPhone();
        member("CONC-MOCK", phone);
        List<String> results = runTogether(CALLERS,
                i -> () -> verify(newContact(), phone, NOBODYS_DOB, ZIP, null).get("result"));
        assertExactlyTheLineAllowanceCounted(results, phone, "CONC-MOCK");
    }

    /** Every answer is what an unknown number gets; exactly five are counted; then the right answers do not verify. */
    private void assertExactlyTheLineAllowanceCounted(List<String> results, String phone, String memberId) {
        assertThat(results).containsOnly("PIN_REQUIRED");
        assertThat(count("""
                select failures::bigint from verification_throttle where subject_kind = 'LINE' and subject_key = ?""",
                keys.callerRef(phone))).isEqualTo(5);
        assertThat(count("select count(*) from audit_event where member_id = ? and action = 'PIN_VERIFY'", memberId))
                .isEqualTo(CALLERS);
        assertThat(count("""
                select count(*) from audit_event where member_id = ? and details ->> 'reason' = 'NO_LINE_MATCH'""",
                memberId)).isEqualTo(5);
        assertThat(verify(newContact(), phone, dob(memberId), ZIP, null)).containsEntry("result", "PIN_REQUIRED");
        // No member on the line was charged.
        assertThat(count("""
                select count(*) from verification_throttle where subject_kind = 'MEMBER' and subject_key = ?
                and (failures > 0 or consecutive_failures > 0)""", memberId)).isZero();
    }

    private static byte[] keysOpenMac(String memberId) {
        try (var db = com.healthoptions.mtm.testing.TestData.open()) {
            return db.value(byte[].class, """
                    select pin_hmac from pin_challenge where member_id = ? and used_at is null and revoked_at is null""", memberId);
        }
    }

    private static Map<String, Long> tally(List<String> results) {
        return results.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    }

    private static List<String> whileRowLocked(String table, String where, Function<Integer, Callable<String>> call)
            throws Exception {
        return whileRowLocked(table, where, CALLERS, call, MUST_WAIT_TOGETHER);
    }

    /** Holds one counter row (created first) while the calls queue on it. */
    private static List<String> whileCounterLocked(String kind, String key, Function<Integer, Callable<String>> call)
            throws Exception {
        update("insert into verification_throttle (subject_kind, subject_key) values (?, ?) on conflict do nothing",
                kind, key);
        return whileRowLocked("verification_throttle", "subject_kind = '" + kind + "' and subject_key = '" + key + "'",
                CALLERS, call, MUST_WAIT_TOGETHER);
    }

    private static List<String> whileRowLocked(String table, String where, int callers,
            Function<Integer, Callable<String>> call) throws Exception {
        return whileRowLocked(table, where, callers, call, MUST_WAIT_TOGETHER);
    }

    /**
     * Holds a row lock in a separate transaction, starts the calls, waits until at least {@code mustWait}
     * backends are queued on a lock (proof that they overlap), then releases and collects the results.
     */
    private static List<String> whileRowLocked(String table, String where, int callers,
            Function<Integer, Callable<String>> call, int mustWait) throws Exception {
        try (Connection blocker = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(),
                PostgresTestDatabase.user(), PostgresTestDatabase.password());
                Connection observer = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(),
                        PostgresTestDatabase.user(), PostgresTestDatabase.password())) {
            blocker.setAutoCommit(false);
            try (var lock = blocker.createStatement()) {
                assertThat(lock.executeQuery("select 1 from " + table + " where " + where + " for update").next())
                        .as("row to hold").isTrue();
            }
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            try {
                List<Future<String>> futures = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    futures.add(pool.submit(call.apply(i)));
                }
                int waiting = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (waiting < mustWait && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                    try (var st = observer.createStatement(); var rs = st.executeQuery("""
                            select count(*) from pg_stat_activity
                            where datname = current_database() and wait_event_type = 'Lock'""")) {
                        rs.next();
                        waiting = rs.getInt(1);
                    }
                }
                assertThat(waiting).as("transactions queued on the held row at once").isGreaterThanOrEqualTo(mustWait);
                blocker.commit();
                List<String> results = new ArrayList<>();
                for (Future<String> f : futures) {
                    results.add(f.get());
                }
                return results;
            } finally {
                blocker.rollback();
                pool.shutdownNow();
            }
        }
    }

    private static List<String> runTogether(int callers, Function<Integer, Callable<String>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CyclicBarrier start = new CyclicBarrier(callers);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<String> c = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
