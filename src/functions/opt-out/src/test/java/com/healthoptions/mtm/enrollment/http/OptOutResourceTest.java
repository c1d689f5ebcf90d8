package com.healthoptions.mtm.enrollment.http;

import static com.healthoptions.mtm.enrollment.http.OptOutTestDay.PLAN_YEAR;
import static com.healthoptions.mtm.enrollment.http.OptOutTestDay.TODAY;
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
 * The portal's opt-out through the Lambda mock event server: complete API Gateway v2 events with and
 * without verified JWT claims, against the real PostgreSQL. Each test uses its own member ids.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class OptOutResourceTest {

    static final String PROBLEM = "application/problem+json";

    static String enrollment(String memberId) {
        return "/members/" + memberId + "/enrollment";
    }

    static String optOut(String memberId) {
        return "/members/" + memberId + "/opt-out";
    }

    static long auditRows(String memberId, String action) {
        try (var db = TestData.open()) {
            return db.value(Long.class, "select count(*) from audit_event where member_id = ? and action = ?",
                    memberId, action);
        }
    }

    static String auditDetail(String memberId, String action, String key) {
        try (var db = TestData.open()) {
            return db.value(String.class, "select details ->> ? from audit_event where member_id = ? and action = ?",
                    key, memberId, action);
        }
    }

    static String storedStatus(String memberId) {
        try (var db = TestData.open()) {
            return db.value(String.class, """
                    select case when opt_out_date is not null then 'OPTED_OUT'
                                when enrollment_date is not null then 'ENROLLED' else 'NOT_ENROLLED' end
                    from mtm_enrollment where member_id = ? and plan_year = ?""", memberId, PLAN_YEAR);
        }
    }

    // --- who may do what ---------------------------------------------------------------------------

    @Test
    void withoutVerifiedClaimsEveryRouteIs401AndNothingIsRead() {
        try (var db = TestData.open()) {
            db.member("AUTH-01");
        }
        for (ApiGatewayEvent event : List.of(ApiGatewayEvent.get(enrollment("AUTH-01")),
                ApiGatewayEvent.post(optOut("AUTH-01")).json("{\"reason\":\"03\"}"),
                ApiGatewayEvent.delete(optOut("AUTH-01")),
                ApiGatewayEvent.post(optOut("AUTH-01")).json("{not json"),
                ApiGatewayEvent.get(enrollment("AUTH-01")).claims(Map.of()))) {
            Answer answer = event.send();
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith(PROBLEM);
            assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(answer.json().getInt("status")).isEqualTo(401);
        }
        assertThat(storedStatus("AUTH-01")).isNull();
    }

    @Test
    void aMemberReadsTheirOwnEnrollment() {
        try (var db = TestData.open()) {
            db.member("OWN-01").enrolled("OWN-01", PLAN_YEAR, LocalDate.of(2026, 2, 3), "01");
            db.member("OWN-02");
        }
        Answer enrolled = ApiGatewayEvent.get(enrollment("OWN-01")).asMember("OWN-01").send();
        assertThat(enrolled.status()).isEqualTo(200);
        assertThat(enrolled.contentType()).startsWith("application/json");
        assertThat(enrolled.json().getMap("")).containsOnlyKeys("memberId", "planYear", "status", "enrollmentDate",
                "dateMetCriteria", "optOutDate", "optOutReason", "reasonTargeted");
        assertThat(enrolled.json().getString("memberId")).isEqualTo("OWN-01");
        assertThat(enrolled.json().getInt("planYear")).isEqualTo(PLAN_YEAR);
        assertThat(enrolled.json().getString("status")).isEqualTo("ENROLLED");
        assertThat(enrolled.json().getString("enrollmentDate")).isEqualTo("2026-02-03");
        assertThat(enrolled.json().getString("dateMetCriteria")).isEqualTo("2026-02-03");
        assertThat(enrolled.json().getString("reasonTargeted")).isEqualTo("01");
        assertThat(enrolled.json().getString("optOutDate")).isNull();
        Answer never = ApiGatewayEvent.get(enrollment("OWN-02")).asMember("OWN-02").send();
        assertThat(never.status()).isEqualTo(200);
        assertThat(never.json().getString("status")).isEqualTo("NOT_ENROLLED");
        assertThat(never.json().getString("optOutDate")).isNull();
    }

    @Test
    void anotherMembersIdIs403WhetherOrNotThatMemberExistsAndNothingChanges() {
        try (var db = TestData.open()) {
            db.member("MINE-01").member("THEIRS-01").enrolled("THEIRS-01", PLAN_YEAR, LocalDate.of(2026, 1, 5), "01");
        }
        Answer existing = ApiGatewayEvent.get(enrollment("THEIRS-01")).asMember("MINE-01").send();
        Answer missing = ApiGatewayEvent.get(enrollment("NOBODY-01")).asMember("MINE-01").send();
        assertThat(existing.status()).isEqualTo(403);
        assertThat(missing.status()).isEqualTo(403);
        assertThat(existing.contentType()).startsWith(PROBLEM);
        assertThat(existing.body()).isEqualTo(missing.body());

        Answer post = ApiGatewayEvent.post(optOut("THEIRS-01")).asMember("MINE-01").send();
        Answer delete = ApiGatewayEvent.delete(optOut("THEIRS-01")).asMember("MINE-01").send();
        assertThat(post.status()).isEqualTo(403);
        assertThat(delete.status()).isEqualTo(403);
        assertThat(storedStatus("THEIRS-01")).isEqualTo("ENROLLED");
        assertThat(auditRows("THEIRS-01", "MTM_OPTED_OUT")).isZero();
    }

    @Test
    void aTokenWithNeitherMemberIdNorStaffScopeIs403() {
        try (var db = TestData.open()) {
            db.member("NOCLAIM-01");
        }
        Answer answer = ApiGatewayEvent.get(enrollment("NOCLAIM-01"))
                .claims(Map.of("sub", "someone", "scope", "openid")).send();
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void staffActOnAnyMemberAndGet404ForAnUnknownOne() {
        try (var db = TestData.open()) {
            db.member("STAFF-01").enrolled("STAFF-01", PLAN_YEAR, LocalDate.of(2026, 1, 15), "03");
        }
        Answer read = ApiGatewayEvent.get(enrollment("STAFF-01")).asStaff("staff-ann").send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("reasonTargeted")).isEqualTo("03");

        for (ApiGatewayEvent event : List.of(ApiGatewayEvent.get(enrollment("NOBODY-02")),
                ApiGatewayEvent.post(optOut("NOBODY-02")), ApiGatewayEvent.delete(optOut("NOBODY-02")))) {
            Answer unknown = event.asStaff("staff-ann").send();
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith(PROBLEM);
            assertThat(unknown.json().getString("title")).isEqualTo("Unknown member");
        }
        assertThat(storedStatus("NOBODY-02")).isNull();
    }

    @Test
    void theStaffScopeMayArriveInTheSpaceSeparatedScopeClaim() {
        try (var db = TestData.open()) {
            db.member("SCOPE-01");
        }
        Answer answer = ApiGatewayEvent.post(optOut("SCOPE-01")).json("{\"reason\":\"99\"}")
                .claims(Map.of("sub", "staff-bo", "scope", "openid mtm/staff profile")).send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("optOutReason")).isEqualTo("99");
        try (var db = TestData.open()) {
            assertThat(db.value(String.class, "select actor from audit_event where member_id = 'SCOPE-01'"))
                    .isEqualTo("staff:staff-bo");
        }
    }

    @Test
    void aMalformedMemberIdIs400() {
        Answer answer = ApiGatewayEvent.get("/members/bad%21id/enrollment").asStaff("staff-ann").send();
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM);
    }

    // --- opting out ----------------------------------------------------------------------------------

    @Test
    void aMemberOptsOutWithReason03ByDefaultAndTheChangeIsAudited() {
        try (var db = TestData.open()) {
            db.member("OUT-01").enrolled("OUT-01", PLAN_YEAR, LocalDate.of(2026, 1, 20), "01");
        }
        Answer answer = ApiGatewayEvent.post(optOut("OUT-01")).asMember("OUT-01").requestId("req-out-01").send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("status")).isEqualTo("OPTED_OUT");
        assertThat(answer.json().getString("optOutDate")).isEqualTo(TODAY);
        assertThat(answer.json().getString("optOutReason")).isEqualTo("03");
        assertThat(answer.json().getString("enrollmentDate")).isEqualTo("2026-01-20");
        assertThat(answer.header(OptOutResource.REPLAYED)).isNull();

        try (var db = TestData.open()) {
            assertThat(db.value(String.class, """
                    select actor || '|' || outcome || '|' || correlation_id || '|' || (details ->> 'oldState') || '|'
                        || (details ->> 'newState') || '|' || (details ->> 'reason') || '|' || (details ->> 'planYear')
                    from audit_event where member_id = 'OUT-01' and action = 'MTM_OPTED_OUT'"""))
                    .isEqualTo("member:OUT-01|SUCCESS|req-out-01|ENROLLED|OPTED_OUT|03|2026");
        }
        Answer read = ApiGatewayEvent.get(enrollment("OUT-01")).asMember("OUT-01").send();
        assertThat(read.body()).isEqualTo(answer.body());
    }

    @Test
    void optOutWithAnEmptyBodyAndNoContentTypeIsABeneficiaryRequest() {
        try (var db = TestData.open()) {
            db.member("OUT-02");
        }
        Answer answer = ApiGatewayEvent.post(optOut("OUT-02")).asMember("OUT-02").send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("optOutReason")).isEqualTo("03");
        Answer explicit = ApiGatewayEvent.post(optOut("OUT-02")).asMember("OUT-02").json("{\"reason\":null}").send();
        assertThat(explicit.status()).isEqualTo(200);
        Answer text = ApiGatewayEvent.post(optOut("OUT-02")).asMember("OUT-02").header("content-type", "text/plain")
                .header("content-length", "2").body("03").send();
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.contentType()).startsWith(PROBLEM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "02", "03", "99"})
    void staffRecordEveryCmsReasonCode(String code) {
        String member = "REASON-" + code;
        try (var db = TestData.open()) {
            db.member(member).enrolled(member, PLAN_YEAR, LocalDate.of(2026, 1, 2), "01");
        }
        Answer answer = ApiGatewayEvent.post(optOut(member)).asStaff("staff-cy").json("{\"reason\":\"" + code + "\"}").send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("optOutReason")).isEqualTo(code);
        try (var db = TestData.open()) {
            assertThat(db.value(String.class, "select opt_out_reason from mtm_enrollment where member_id = ?", member))
                    .isEqualTo(code);
        }
        assertThat(auditDetail(member, "MTM_OPTED_OUT", "reason")).isEqualTo(code);
        assertThat(auditDetail(member, "MTM_OPTED_OUT", "actorRole")).isEqualTo("STAFF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "02", "99"})
    void aMemberCannotRecordAStaffOnlyReason(String code) {
        String member = "MREASON-" + code;
        try (var db = TestData.open()) {
            db.member(member).enrolled(member, PLAN_YEAR, LocalDate.of(2026, 1, 2), "01");
        }
        Answer answer = ApiGatewayEvent.post(optOut(member)).asMember(member).json("{\"reason\":\"" + code + "\"}").send();
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.json().getString("title")).isEqualTo("Reason reserved for staff");
        assertThat(storedStatus(member)).isEqualTo("ENROLLED");
    }

    @Test
    void anUnknownReasonCodeOrAMalformedBodyIs400NeverA5xx() {
        try (var db = TestData.open()) {
            db.member("BAD-01");
        }
        for (String body : List.of("{\"reason\":\"07\"}", "{\"reason\":\"3\"}", "{\"reason\":\"04\"}")) {
            Answer answer = ApiGatewayEvent.post(optOut("BAD-01")).asStaff("staff-ann").json(body).send();
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).startsWith(PROBLEM);
            assertThat(answer.json().getList("errors", String.class)).singleElement().asString().startsWith("reason must be");
        }
        for (String body : List.of("{\"reason\":", "[1,2]", "\"03\"", "{\"reason\":{\"code\":\"03\"}}")) {
            Answer answer = ApiGatewayEvent.post(optOut("BAD-01")).asStaff("staff-ann").json(body).send();
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).startsWith(PROBLEM);
            assertThat(answer.json().getString("title")).isEqualTo("Malformed JSON");
        }
        assertThat(storedStatus("BAD-01")).isNull();
    }

    @Test
    void aRepeatedOptOutKeepsTheFirstDateAndReasonAndWritesNoSecondAuditRow() {
        try (var db = TestData.open()) {
            db.member("AGAIN-01").member("AGAIN-02").optedOut("AGAIN-02", PLAN_YEAR, LocalDate.of(2026, 2, 1), "03");
        }
        Answer first = ApiGatewayEvent.post(optOut("AGAIN-01")).asMember("AGAIN-01").send();
        Answer second = ApiGatewayEvent.post(optOut("AGAIN-01")).asMember("AGAIN-01").send();
        Answer staff = ApiGatewayEvent.post(optOut("AGAIN-01")).asStaff("staff-ann").json("{\"reason\":\"99\"}").send();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(staff.body()).isEqualTo(first.body());
        assertThat(auditRows("AGAIN-01", "MTM_OPTED_OUT")).isEqualTo(1);

        Answer earlier = ApiGatewayEvent.post(optOut("AGAIN-02")).asMember("AGAIN-02").send();
        assertThat(earlier.json().getString("optOutDate")).isEqualTo("2026-02-01");
        assertThat(auditRows("AGAIN-02", "MTM_OPTED_OUT")).isZero();
    }

    @Test
    void optingOutBeforeEnrollmentRecordsTheChoiceSoIntakeDoesNotEnroll() {
        try (var db = TestData.open()) {
            db.member("EARLY-01");
        }
        Answer answer = ApiGatewayEvent.post(optOut("EARLY-01")).asMember("EARLY-01").send();
        assertThat(answer.json().getString("status")).isEqualTo("OPTED_OUT");
        assertThat(answer.json().getString("enrollmentDate")).isNull();
        assertThat(auditDetail("EARLY-01", "MTM_OPTED_OUT", "oldState")).isEqualTo("NOT_ENROLLED");
        assertThat(IntakeRaceTest.intakeEnrolls("EARLY-01", IntakeRaceTest.Form.INSERT_DO_NOTHING)).isFalse();
        assertThat(IntakeRaceTest.intakeEnrolls("EARLY-01", IntakeRaceTest.Form.GUARDED_UPSERT)).isFalse();
        assertThat(IntakeRaceTest.intakeEnrolls("EARLY-01", IntakeRaceTest.Form.GUARDED_UPDATE)).isFalse();
        assertThat(storedStatus("EARLY-01")).isEqualTo("OPTED_OUT");
    }

    // --- Idempotency-Key -----------------------------------------------------------------------------

    @Test
    void theSameKeyReturnsTheSameAnswerAndChangesNothingEvenAfterLaterChanges() {
        try (var db = TestData.open()) {
            db.member("KEY-01").enrolled("KEY-01", PLAN_YEAR, LocalDate.of(2026, 1, 9), "01");
        }
        Answer first = ApiGatewayEvent.post(optOut("KEY-01")).asMember("KEY-01").idempotencyKey("k-0001").send();
        Answer repeat = ApiGatewayEvent.post(optOut("KEY-01")).asMember("KEY-01").idempotencyKey("k-0001").send();
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header(OptOutResource.REPLAYED)).isEqualTo("true");
        assertThat(auditRows("KEY-01", "MTM_OPTED_OUT")).isEqualTo(1);

        // The member changes their mind; a late retry of the first click must not opt them out again.
        Answer back = ApiGatewayEvent.delete(optOut("KEY-01")).asMember("KEY-01").send();
        assertThat(back.json().getString("status")).isEqualTo("NOT_ENROLLED");
        Answer late = ApiGatewayEvent.post(optOut("KEY-01")).asMember("KEY-01").idempotencyKey("k-0001").send();
        assertThat(late.body()).isEqualTo(first.body());
        assertThat(storedStatus("KEY-01")).isNull();
        assertThat(auditRows("KEY-01", "MTM_OPTED_OUT")).isEqualTo(1);
    }

    @Test
    void theSameKeyForADifferentRequestIs422AndChangesNothing() {
        try (var db = TestData.open()) {
            db.member("KEY-02").member("KEY-03");
        }
        ApiGatewayEvent.post(optOut("KEY-02")).asStaff("staff-dee").json("{\"reason\":\"01\"}").idempotencyKey("k-0002").send();
        Answer otherReason = ApiGatewayEvent.post(optOut("KEY-02")).asStaff("staff-dee")
                .json("{\"reason\":\"99\"}").idempotencyKey("k-0002").send();
        assertThat(otherReason.status()).isEqualTo(422);
        assertThat(otherReason.contentType()).startsWith(PROBLEM);
        Answer otherMember = ApiGatewayEvent.post(optOut("KEY-03")).asStaff("staff-dee")
                .json("{\"reason\":\"01\"}").idempotencyKey("k-0002").send();
        assertThat(otherMember.status()).isEqualTo(422);
        Answer otherAction = ApiGatewayEvent.delete(optOut("KEY-02")).asStaff("staff-dee").idempotencyKey("k-0002").send();
        assertThat(otherAction.status()).isEqualTo(422);
        assertThat(storedStatus("KEY-02")).isEqualTo("OPTED_OUT");
        assertThat(storedStatus("KEY-03")).isNull();

        // Keys belong to their caller: the member's own k-0002 is a new request (an opt-out of their own:
        // KEY-02's staff-recorded death opt-out is not theirs to withdraw).
        Answer member = ApiGatewayEvent.post(optOut("KEY-03")).asMember("KEY-03").json("{\"reason\":\"03\"}")
                .idempotencyKey("k-0002").send();
        assertThat(member.status()).isEqualTo(200);
        assertThat(storedStatus("KEY-03")).isEqualTo("OPTED_OUT");
        assertThat(member.header(OptOutResource.REPLAYED)).isNull();
    }

    @Test
    void aMalformedKeyIs400() {
        try (var db = TestData.open()) {
            db.member("KEY-04");
        }
        Answer answer = ApiGatewayEvent.post(optOut("KEY-04")).asMember("KEY-04").idempotencyKey("x".repeat(256)).send();
        assertThat(answer.status()).isEqualTo(400);
        assertThat(storedStatus("KEY-04")).isNull();
    }

    @Test
    void aKeyOlderThanTheRetentionMayBeUsedAgain() {
        try (var db = TestData.open()) {
            db.member("KEY-05").update("""
                    insert into enrollment_change_request (caller, idempotency_key, request_fingerprint, member_id, response, created_at)
                    values ('member:KEY-05', 'k-0005', 'an older request', 'KEY-05', '{}'::jsonb, now() - interval '25 hours')""");
        }
        Answer answer = ApiGatewayEvent.post(optOut("KEY-05")).asMember("KEY-05").idempotencyKey("k-0005").send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header(OptOutResource.REPLAYED)).isNull();
        assertThat(storedStatus("KEY-05")).isEqualTo("OPTED_OUT");
        Answer repeat = ApiGatewayEvent.post(optOut("KEY-05")).asMember("KEY-05").idempotencyKey("k-0005").send();
        assertThat(repeat.header(OptOutResource.REPLAYED)).isEqualTo("true");
    }

    @Test
    void aRequestWaitsForAnInFlightRequestWithTheSameKey() throws Exception {
        try (var db = TestData.open()) {
            db.member("KEY-06");
        }
        try (var inFlight = IntakeRaceTest.connect()) {
            inFlight.setAutoCommit(false);
            try (var st = inFlight.prepareStatement("""
                    insert into enrollment_change_request (caller, idempotency_key, request_fingerprint, member_id)
                    values ('member:KEY-06', 'k-0006', 'in flight', 'KEY-06')""")) {
                st.executeUpdate();
            }
            var retry = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> ApiGatewayEvent.post(optOut("KEY-06")).asMember("KEY-06").idempotencyKey("k-0006").send());
            IntakeRaceTest.awaitABackendWaitingOnALock(retry);
            // The first request failed: the waiting one is then the first to use the key.
            inFlight.rollback();
            Answer answer = retry.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header(OptOutResource.REPLAYED)).isNull();
        }
        assertThat(storedStatus("KEY-06")).isEqualTo("OPTED_OUT");
    }

    // --- opting back in ------------------------------------------------------------------------------

    @Test
    void optingBackInWhileEligibleEnrollsAtOnce() {
        try (var db = TestData.open()) {
            db.member("BACK-01").dmpAtRisk("BACK-01", LocalDate.of(2026, 1, 1), null)
                    .enrolled("BACK-01", PLAN_YEAR, LocalDate.of(2026, 1, 6), "02")
                    .optedOut("BACK-01", PLAN_YEAR, LocalDate.of(2026, 2, 14), "03");
        }
        Answer answer = ApiGatewayEvent.delete(optOut("BACK-01")).asMember("BACK-01").requestId("req-back-01").send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("status")).isEqualTo("ENROLLED");
        assertThat(answer.json().getString("enrollmentDate")).isEqualTo(TODAY);
        assertThat(answer.json().getString("dateMetCriteria")).isEqualTo("2026-01-06");
        assertThat(answer.json().getString("reasonTargeted")).isEqualTo("02");
        assertThat(answer.json().getString("optOutDate")).isNull();
        assertThat(answer.json().getString("optOutReason")).isNull();
        assertThat(storedStatus("BACK-01")).isEqualTo("ENROLLED");
        try (var db = TestData.open()) {
            assertThat(db.value(String.class, """
                    select actor || '|' || correlation_id || '|' || (details ->> 'oldState') || '|' || (details ->> 'newState')
                        || '|' || (details ->> 'previousOptOutDate') || '|' || (details ->> 'previousOptOutReason')
                        || '|' || (details ->> 'previousEnrollmentDate')
                    from audit_event where member_id = 'BACK-01' and action = 'MTM_OPTED_BACK_IN'"""))
                    .isEqualTo("member:BACK-01|req-back-01|OPTED_OUT|ENROLLED|2026-02-14|03|2026-01-06");
        }
    }

    @Test
    void optingBackInWhileNotEligibleLeavesTheMemberForTheNextRun() {
        try (var db = TestData.open()) {
            db.member("BACK-02").optedOut("BACK-02", PLAN_YEAR, LocalDate.of(2026, 2, 14), "03");
        }
        Answer answer = ApiGatewayEvent.delete(optOut("BACK-02")).asStaff("staff-eve").send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("status")).isEqualTo("NOT_ENROLLED");
        assertThat(answer.json().getString("optOutDate")).isNull();
        assertThat(auditDetail("BACK-02", "MTM_OPTED_BACK_IN", "newState")).isEqualTo("NOT_ENROLLED");
        assertThat(auditDetail("BACK-02", "MTM_OPTED_BACK_IN", "eligibleToday")).isEqualTo("false");

        // The next intake run that finds them eligible enrolls them with its plain insert.
        assertThat(IntakeRaceTest.intakeEnrolls("BACK-02", IntakeRaceTest.Form.INSERT_DO_NOTHING)).isTrue();
        assertThat(storedStatus("BACK-02")).isEqualTo("ENROLLED");
    }

    @Test
    void optingBackInWithoutAnOptOutChangesNothing() {
        try (var db = TestData.open()) {
            db.member("BACK-03").enrolled("BACK-03", PLAN_YEAR, LocalDate.of(2026, 1, 6), "01").member("BACK-04");
        }
        Answer enrolled = ApiGatewayEvent.delete(optOut("BACK-03")).asMember("BACK-03").send();
        assertThat(enrolled.json().getString("status")).isEqualTo("ENROLLED");
        assertThat(enrolled.json().getString("enrollmentDate")).isEqualTo("2026-01-06");
        Answer never = ApiGatewayEvent.delete(optOut("BACK-04")).asMember("BACK-04").send();
        assertThat(never.json().getString("status")).isEqualTo("NOT_ENROLLED");
        assertThat(auditRows("BACK-03", "MTM_OPTED_BACK_IN") + auditRows("BACK-04", "MTM_OPTED_BACK_IN")).isZero();
    }

    // --- CORS and limits -----------------------------------------------------------------------------

    @Test
    void thePortalOriginMayCallCrossOriginAndOthersMayNot() {
        Answer preflight = ApiGatewayEvent.options(optOut("CORS-01"))
                .header("Origin", "https://portal.test.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key").send();
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://portal.test.example");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST").contains("DELETE");
        assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase()).contains("idempotency-key");

        Answer stranger = ApiGatewayEvent.options(optOut("CORS-01"))
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").send();
        assertThat(stranger.header("Access-Control-Allow-Origin")).isNull();

        try (var db = TestData.open()) {
            db.member("CORS-01");
        }
        Answer read = ApiGatewayEvent.get(enrollment("CORS-01")).asMember("CORS-01")
                .header("Origin", "https://portal.test.example").send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("https://portal.test.example");
    }

    @Test
    void aBodyOverOneMegabyteIs413() {
        Answer answer = ApiGatewayEvent.post(optOut("BIG-01")).asMember("BIG-01")
                .json("{\"reason\":\"03\",\"pad\":\"" + "x".repeat(1_100_000) + "\"}").send();
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith(PROBLEM);
    }
}
