package com.healthoptions.mtm.enrollment.http;

import static com.healthoptions.mtm.enrollment.http.OptOutTestDay.PLAN_YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.enrollment.http.ApiGatewayEvent.Answer;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An opt-out racing claims intake's auto-enrollment for the same member and plan year. Intake writes the
 * ways team-notes allow (insert ... on conflict do nothing, or an update/upsert guarded by
 * opt_out_date is null) and audits only when its statement changed a row. Whatever the order, the member
 * ends OPTED_OUT, and the opt-out's audit row names the state it really replaced.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class IntakeRaceTest {

    static final int ROUNDS = 60;

    enum Form { INSERT_DO_NOTHING, GUARDED_UPSERT, GUARDED_UPDATE }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password());
    }

    /** Intake's auto-enrollment in one committed transaction; true when it enrolled the member. */
    static boolean intakeEnrolls(String memberId, Form form) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            boolean enrolled = intakeStatement(c, memberId, form);
            c.commit();
            return enrolled;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Intake's statement and its audit row, inside the caller's transaction. */
    static boolean intakeStatement(Connection c, String memberId, Form form) throws SQLException {
        String sql = switch (form) {
            case INSERT_DO_NOTHING -> """
                    insert into mtm_enrollment (member_id, plan_year, enrollment_date, date_met_criteria, reason_targeted)
                    values (?, ?, ?, ?, '01') on conflict (member_id, plan_year) do nothing""";
            case GUARDED_UPSERT -> """
                    insert into mtm_enrollment (member_id, plan_year, enrollment_date, date_met_criteria, reason_targeted)
                    values (?, ?, ?, ?, '01') on conflict (member_id, plan_year) do update
                    set enrollment_date = excluded.enrollment_date, date_met_criteria = excluded.date_met_criteria,
                        reason_targeted = excluded.reason_targeted, updated_at = now()
                    where mtm_enrollment.opt_out_date is null and mtm_enrollment.enrollment_date is null""";
            case GUARDED_UPDATE -> """
                    update mtm_enrollment set enrollment_date = ?, date_met_criteria = ?, reason_targeted = '01',
                        updated_at = now()
                    where member_id = ? and plan_year = ? and opt_out_date is null and enrollment_date is null""";
        };
        LocalDate day = LocalDate.of(2026, 3, 10);
        int changed;
        try (var st = c.prepareStatement(sql)) {
            if (form == Form.GUARDED_UPDATE) {
                st.setObject(1, day);
                st.setObject(2, day);
                st.setString(3, memberId);
                st.setInt(4, PLAN_YEAR);
            } else {
                st.setString(1, memberId);
                st.setInt(2, PLAN_YEAR);
                st.setObject(3, day);
                st.setObject(4, day);
            }
            changed = st.executeUpdate();
        }
        if (changed == 1) {
            try (var st = c.prepareStatement("""
                    insert into audit_event (actor, action, member_id, outcome, details)
                    values ('claims-intake', 'MTM_ENROLLED', ?, 'SUCCESS', '{}'::jsonb)""")) {
                st.setString(1, memberId);
                st.executeUpdate();
            }
        }
        return changed == 1;
    }

    static String optOutOldState(String memberId) {
        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, "select count(*) from audit_event where member_id = ? and action = 'MTM_OPTED_OUT'",
                    memberId)).as(memberId + " opt-out audit rows").isEqualTo(1);
            return db.value(String.class, """
                    select details ->> 'oldState' from audit_event where member_id = ? and action = 'MTM_OPTED_OUT'""",
                    memberId);
        }
    }

    static String stored(String memberId) {
        try (var db = TestData.open()) {
            return db.value(String.class, """
                    select case when opt_out_date is not null then 'OPTED_OUT:' || opt_out_reason
                                when enrollment_date is not null then 'ENROLLED' else 'NOT_ENROLLED' end
                    from mtm_enrollment where member_id = ? and plan_year = ?""", memberId, PLAN_YEAR);
        }
    }

    @Test
    void anOptOutRacingIntakeAlwaysEndsOptedOutWithAnExactAuditTrail() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        int intakeFirst = 0;
        try {
            for (int i = 0; i < ROUNDS; i++) {
                Form form = Form.values()[i % Form.values().length];
                String member = "RACE-" + i;
                try (var db = TestData.open()) {
                    db.member(member);
                    if (form == Form.GUARDED_UPDATE) {
                        // A row intake itself left NOT_ENROLLED earlier in the year.
                        db.update("insert into mtm_enrollment (member_id, plan_year) values (?, ?)", member, PLAN_YEAR);
                    }
                }
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Boolean> intake = threads.submit(() -> {
                    try (Connection c = connect()) {
                        c.setAutoCommit(false);
                        start.await(10, TimeUnit.SECONDS);
                        boolean enrolled = intakeStatement(c, member, form);
                        c.commit();
                        return enrolled;
                    }
                });
                Future<Answer> optOut = threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return ApiGatewayEvent.post(OptOutResourceTest.optOut(member)).asMember(member).send();
                });
                boolean intakeEnrolled = intake.get(30, TimeUnit.SECONDS);
                Answer answer = optOut.get(30, TimeUnit.SECONDS);

                assertThat(answer.status()).as(member).isEqualTo(200);
                assertThat(answer.json().getString("status")).as(member).isEqualTo("OPTED_OUT");
                assertThat(stored(member)).as(member + " via " + form).isEqualTo("OPTED_OUT:03");
                assertThat(optOutOldState(member)).as(member + " via " + form)
                        .isEqualTo(intakeEnrolled ? "ENROLLED" : "NOT_ENROLLED");
                try (var db = TestData.open()) {
                    assertThat(db.value(Long.class, """
                            select count(*) from audit_event where member_id = ? and action = 'MTM_ENROLLED'""", member))
                            .isEqualTo(intakeEnrolled ? 1L : 0L);
                }
                intakeFirst += intakeEnrolled ? 1 : 0;
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.printf("intake-vs-opt-out race: intake enrolled first in %d of %d rounds%n", intakeFirst, ROUNDS);
    }

    @Test
    void anOptOutWaitingOnIntakesUncommittedEnrollmentStillWins() throws Exception {
        String member = "RACE-HOLD";
        try (var db = TestData.open()) {
            db.member(member);
        }
        try (Connection intake = connect()) {
            intake.setAutoCommit(false);
            assertThat(intakeStatement(intake, member, Form.INSERT_DO_NOTHING)).isTrue();
            CompletableFuture<Answer> optOut = CompletableFuture.supplyAsync(
                    () -> ApiGatewayEvent.post(OptOutResourceTest.optOut(member)).asMember(member).send());
            awaitABackendWaitingOnALock(optOut);
            intake.commit();
            Answer answer = optOut.get(30, TimeUnit.SECONDS);
            assertThat(answer.json().getString("status")).isEqualTo("OPTED_OUT");
            assertThat(answer.json().getString("enrollmentDate")).isEqualTo("2026-03-10");
        }
        assertThat(stored(member)).isEqualTo("OPTED_OUT:03");
        assertThat(optOutOldState(member)).isEqualTo("ENROLLED");
    }

    @Test
    void intakeAfterAnOptOutChangesNothing() {
        String member = "RACE-AFTER";
        try (var db = TestData.open()) {
            db.member(member);
        }
        ApiGatewayEvent.post(OptOutResourceTest.optOut(member)).asMember(member).send();
        for (Form form : Form.values()) {
            assertThat(intakeEnrolls(member, form)).as(form.name()).isFalse();
        }
        assertThat(stored(member)).isEqualTo("OPTED_OUT:03");
    }

    /** Proves the request really is blocked behind an uncommitted row (not merely slow) before that commits. */
    static void awaitABackendWaitingOnALock(CompletableFuture<Answer> optOut) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (var db = TestData.open()) {
            while (System.nanoTime() < deadline) {
                assertThat(optOut).as("the request finished while the row it needs was uncommitted").isNotDone();
                Long waiting = db.value(Long.class, """
                        select count(*) from pg_stat_activity
                        where datname = current_database() and wait_event_type = 'Lock'""");
                if (waiting > 0) {
                    return;
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the request never waited on the uncommitted row");
    }
}
