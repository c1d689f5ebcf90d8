package com.healthoptions.mtm.enrollment.http;

import static com.healthoptions.mtm.enrollment.http.OptOutTestDay.PLAN_YEAR;
import static com.healthoptions.mtm.enrollment.http.OptOutResourceTest.PROBLEM;
import static com.healthoptions.mtm.enrollment.http.OptOutResourceTest.auditRows;
import static com.healthoptions.mtm.enrollment.http.OptOutResourceTest.enrollment;
import static com.healthoptions.mtm.enrollment.http.OptOutResourceTest.optOut;
import static com.healthoptions.mtm.enrollment.http.OptOutResourceTest.storedStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.enrollment.http.ApiGatewayEvent.Answer;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an attacker and an auditor find (issue 11, items 7, 8, 10 and 11): staff-only opt-outs stay staff's,
 * the body limit counts the bytes received, a staff token must name its holder, and every enrollment shown
 * to someone leaves an audit row. Each test uses its own member ids.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class OptOutSecurityTest {

    static String storedReason(String memberId) {
        try (var db = TestData.open()) {
            return db.value(String.class, "select opt_out_reason from mtm_enrollment where member_id = ? and plan_year = ?",
                    memberId, PLAN_YEAR);
        }
    }

    static long auditRowsBy(String actor) {
        try (var db = TestData.open()) {
            return db.value(Long.class, "select count(*) from audit_event where actor = ?", actor);
        }
    }

    // --- item 7: an opt-out staff recorded for death, disenrollment or "other" is staff's to withdraw ----------

    @ParameterizedTest
    @ValueSource(strings = {"01", "02", "99"})
    void aMemberCannotWithdrawAnOptOutStaffRecordedAndNothingChanges(String code) {
        String member = "RSV-" + code;
        try (var db = TestData.open()) {
            db.member(member).enrolled(member, PLAN_YEAR, LocalDate.of(2026, 1, 5), "01")
                    .optedOut(member, PLAN_YEAR, LocalDate.of(2026, 2, 1), code);
        }
        Answer answer = ApiGatewayEvent.delete(optOut(member)).asMember(member).idempotencyKey("rsv-" + code).send();
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.json().getString("title")).isEqualTo("Opt-out reserved for staff");
        assertThat(answer.json().getString("detail")).contains(code).doesNotContain(member);

        assertThat(storedStatus(member)).isEqualTo("OPTED_OUT");
        assertThat(storedReason(member)).isEqualTo(code);
        assertThat(auditRows(member, "MTM_OPTED_BACK_IN")).isZero();
        try (var db = TestData.open()) {
            // The key was not spent on a refused request.
            assertThat(db.value(Long.class, "select count(*) from enrollment_change_request where member_id = ?", member))
                    .isZero();
        }
    }

    @Test
    void staffMayStillWithdrawAnOptOutOnlyStaffMayRecord() {
        try (var db = TestData.open()) {
            db.member("RSV-STAFF").optedOut("RSV-STAFF", PLAN_YEAR, LocalDate.of(2026, 2, 1), "99");
        }
        assertThat(ApiGatewayEvent.delete(optOut("RSV-STAFF")).asMember("RSV-STAFF").send().status()).isEqualTo(403);

        Answer staff = ApiGatewayEvent.delete(optOut("RSV-STAFF")).asStaff("staff-dee").send();
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.json().getString("optOutDate")).isNull();
        assertThat(storedStatus("RSV-STAFF")).isNotEqualTo("OPTED_OUT");
        assertThat(auditRows("RSV-STAFF", "MTM_OPTED_BACK_IN")).isEqualTo(1);
    }

    @Test
    void aMemberStillWithdrawsTheirOwnOptOut() {
        try (var db = TestData.open()) {
            db.member("RSV-03").optedOut("RSV-03", PLAN_YEAR, LocalDate.of(2026, 2, 1), "03");
        }
        Answer answer = ApiGatewayEvent.delete(optOut("RSV-03")).asMember("RSV-03").send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("optOutDate")).isNull();
    }

    // --- item 8: the limit counts the bytes received, not the bytes declared ------------------------------

    @Test
    void aTwoMegabyteBodyWithoutContentLengthIs413AndNothingChanges() {
        try (var db = TestData.open()) {
            db.member("BIG-02");
        }
        // An event with a body and no content-length header reaches Vert.x as a chunked request.
        String body = "{\"reason\":\"03\",\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Answer answer = ApiGatewayEvent.post(optOut("BIG-02")).asMember("BIG-02")
                .header("content-type", "application/json").body(body).send();
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.json().getInt("status")).isEqualTo(413);
        assertThat(storedStatus("BIG-02")).isNull();
        assertThat(auditRows("BIG-02", "MTM_OPTED_OUT")).isZero();
    }

    @Test
    void aBodyWithoutContentLengthUnderTheLimitIsReadWhole() {
        try (var db = TestData.open()) {
            db.member("BIG-03");
        }
        // Just under 1 MB, so the counted copy handed on must be the complete body for the JSON to parse.
        String body = "{\"reason\":\"99\",\"pad\":\"" + "y".repeat(1_000_000) + "\"}";
        Answer answer = ApiGatewayEvent.post(optOut("BIG-03")).asStaff("staff-ann")
                .header("content-type", "application/json").body(body).send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("optOutReason")).isEqualTo("99");
    }

    // --- item 10: a staff token that names nobody does nothing -------------------------------------------

    @Test
    void aStaffTokenWithoutSubClientIdOrUsernameIs403OnEveryRouteAndNothingChanges() {
        try (var db = TestData.open()) {
            db.member("ANON-01").enrolled("ANON-01", PLAN_YEAR, LocalDate.of(2026, 1, 5), "01");
        }
        Map<String, Object> nameless = Map.of("iss", "https://idp.example", "token_use", "access", "sub", " ");
        for (ApiGatewayEvent event : List.of(ApiGatewayEvent.get(enrollment("ANON-01")),
                ApiGatewayEvent.post(optOut("ANON-01")).json("{\"reason\":\"01\"}"),
                ApiGatewayEvent.delete(optOut("ANON-01")))) {
            Answer answer = event.claims(nameless).scopes(List.of("mtm/staff")).send();
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith(PROBLEM);
            assertThat(answer.json().getString("title")).isEqualTo("Staff token without identity");
        }
        assertThat(storedStatus("ANON-01")).isEqualTo("ENROLLED");
        assertThat(auditRowsBy("staff:unknown")).isZero();
        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, "select count(*) from audit_event where member_id = 'ANON-01'")).isZero();
        }
    }

    @Test
    void aStaffTokenNamedOnlyByClientIdOrUsernameActsUnderThatName() {
        try (var db = TestData.open()) {
            db.member("ANON-02").member("ANON-03");
        }
        assertThat(ApiGatewayEvent.post(optOut("ANON-02")).json("{\"reason\":\"99\"}")
                .claims(Map.of("client_id", "batch-client")).scopes(List.of("mtm/staff")).send().status()).isEqualTo(200);
        assertThat(ApiGatewayEvent.post(optOut("ANON-03")).json("{\"reason\":\"99\"}")
                .claims(Map.of("username", "jdoe")).scopes(List.of("mtm/staff")).send().status()).isEqualTo(200);
        try (var db = TestData.open()) {
            assertThat(db.value(String.class, "select actor from audit_event where member_id = 'ANON-02' and action = 'MTM_OPTED_OUT'"))
                    .isEqualTo("staff:batch-client");
            assertThat(db.value(String.class, "select actor from audit_event where member_id = 'ANON-03' and action = 'MTM_OPTED_OUT'"))
                    .isEqualTo("staff:jdoe");
        }
    }

    // --- item 11: every enrollment shown to someone is audited ---------------------------------------------

    @Test
    void everyEnrollmentReadWritesAnAuditRowNamingReaderMemberAndRequest() {
        try (var db = TestData.open()) {
            db.member("READ-01").enrolled("READ-01", PLAN_YEAR, LocalDate.of(2026, 1, 5), "01");
        }
        assertThat(ApiGatewayEvent.get(enrollment("READ-01")).asMember("READ-01").requestId("req-read-1").send().status())
                .isEqualTo(200);
        assertThat(ApiGatewayEvent.get(enrollment("READ-01")).asStaff("staff-ann").requestId("req-read-2").send().status())
                .isEqualTo(200);
        try (var db = TestData.open()) {
            assertThat(db.value(String.class, """
                    select string_agg(actor || '|' || outcome || '|' || correlation_id || '|' || (details ->> 'planYear')
                        || '|' || (details ->> 'status') || '|' || (details ->> 'actorRole'), ',' order by id)
                    from audit_event where member_id = 'READ-01' and action = 'MTM_ENROLLMENT_READ'"""))
                    .isEqualTo("member:READ-01|SUCCESS|req-read-1|2026|ENROLLED|MEMBER,"
                            + "staff:staff-ann|SUCCESS|req-read-2|2026|ENROLLED|STAFF");
        }
    }

    @Test
    void aRefusedOrUnansweredReadWritesNoReadRow() {
        try (var db = TestData.open()) {
            db.member("READ-02").member("READ-03");
        }
        assertThat(ApiGatewayEvent.get(enrollment("READ-02")).asMember("READ-03").send().status()).isEqualTo(403);
        assertThat(ApiGatewayEvent.get(enrollment("READ-NONE")).asStaff("staff-ann").send().status()).isEqualTo(404);
        assertThat(auditRows("READ-02", "MTM_ENROLLMENT_READ")).isZero();
        assertThat(auditRows("READ-NONE", "MTM_ENROLLMENT_READ")).isZero();
    }
}
