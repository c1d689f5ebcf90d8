package com.healthoptions.mtm.intake.lambda;

import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.count;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.deliverOk;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.event;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.put;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.report;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The MTM program's record files (outreach attempts, CMR offers, CMRs, TMRs, safe-disposal notices)
 * through the intake's real S3 events: the same staging, checks, atomic apply and report as claims.
 * "Today" is 30 June 2026.
 */
@QuarkusTest
@WithTestResource(IntakePostgres.class)
@WithTestResource(S3MockServer.class)
class ProgramRecordFilesTest {

    static final String OUTREACH = "attempt_id,member_id,attempted_at,channel,purpose,outcome,contact_id\n";
    static final String OFFERS = "offer_id,member_id,offer_date,method,recipient\n";
    static final String CMRS = "cmr_id,member_id,cmr_date,delivery_method,provider_type,recipient,cognitively_impaired,"
            + "ltc_resident,summary_sent_date\n";
    static final String TMRS = "tmr_id,member_id,tmr_date,recommendations_sent,recommendations_resolved\n";
    static final String NOTICES = "notice_id,member_id,provided_date,method\n";

    /** A challenge as the PIN function stores it: only a (here random) 32-byte HMAC, never a PIN. */
    static long pinChallenge(String memberId, String contactId) {
        try (var db = TestData.open()) {
            db.update("""
                    insert into pin_challenge (member_id, pin_hmac, expires_at, issued_contact_id)
                    values (?, decode(md5(random()::text) || md5(random()::text), 'hex'), now() + interval '14 days', ?)""",
                    memberId, contactId);
            return db.value(Long.class, "select max(id) from pin_challenge where member_id = ?", memberId);
        }
    }

    static String status(JsonObject answer) {
        return answer.getJsonArray("records").getJsonObject(0).getString("status");
    }

    @Test
    void everyProgramFileIsAppliedAndTheVoicemailIsLinkedToThePinIssuedOnThatCall() {
        try (var db = TestData.open()) {
            db.member("PR-A1").enrolled("PR-A1", 2026, LocalDate.of(2026, 2, 1), "01");
        }
        long challenge = pinChallenge("PR-A1", "connect-contact-a1");

        var outreach = put("outreach-attempts/2026-06/calls.csv", OUTREACH
                + "OA-A1-1,PR-A1,2026-02-03T09:00:00-06:00,MAIL,ENROLLMENT_NOTICE,REACHED,\n"
                + "OA-A1-2,PR-A1,2026-02-10T10:15:00-06:00,outbound call,CMR offer,voicemail left,connect-contact-a1\n");
        var offers = put("cmr-offers/2026-06.csv", OFFERS + "OF-A1-1,PR-A1,2026-02-03,MAIL,\n");
        var cmrs = put("cmrs/2026-06.csv", CMRS + "CMR-A1-1,PR-A1,2026-03-05,TELEPHONE,MTM_VENDOR_IN_HOUSE_PHARMACIST,"
                + "BENEFICIARY,N,Y,2026-03-12\n");
        var tmrs = put("tmrs/2026-q2.csv", TMRS + "TMR-A1-1,PR-A1,2026-04-01,2,1\nTMR-A1-2,PR-A1,2026-06-20,1,0\n");
        var notices = put("safe-disposal-notices/2026-06.csv", NOTICES + "SD-A1-1,PR-A1,2026-03-05,TELEPHONE\n");

        for (var file : List.of(outreach, offers, cmrs, tmrs, notices)) {
            assertThat(status(deliverOk(event(file)))).as(file.key()).isEqualTo("APPLIED");
            JsonObject report = report(file.key());
            assertThat(report.getLong("rowsRejected")).as(file.key()).isZero();
            assertThat(report.getLong("membersReEvaluated")).as("program records decide no eligibility").isZero();
        }
        assertThat(report(outreach.key()).getString("kind")).isEqualTo("OUTREACH_ATTEMPTS");

        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, "select pin_challenge_id from outreach_attempt where attempt_id = 'OA-A1-2'"))
                    .isEqualTo(challenge);
            assertThat(db.value(String.class, """
                    select channel || ' ' || purpose || ' ' || outcome || ' ' || plan_year || ' ' || attempt_date
                    from outreach_attempt where attempt_id = 'OA-A1-2'"""))
                    .isEqualTo("OUTBOUND_CALL CMR_OFFER VOICEMAIL_LEFT 2026 2026-02-10");
            assertThat(db.value(Long.class, """
                    select count(*) from outreach_attempt
                    where attempt_id = 'OA-A1-2' and attempted_at = '2026-02-10T16:15:00Z'::timestamptz""")).isEqualTo(1);
            assertThat(db.value(Long.class, "select count(*) from outreach_attempt where attempt_id = 'OA-A1-1' and pin_challenge_id is null"))
                    .isEqualTo(1);
            assertThat(db.value(String.class, "select method || ' ' || recipient from cmr_offer where offer_id = 'OF-A1-1'"))
                    .as("recipient defaults to the beneficiary").isEqualTo("MAIL BENEFICIARY");
            assertThat(db.value(String.class, """
                    select delivery_method || ' ' || provider_type || ' ' || recipient || ' ' || cognitively_impaired
                           || ' ' || ltc_resident || ' ' || summary_sent_date from cmr where cmr_id = 'CMR-A1-1'"""))
                    .isEqualTo("TELEPHONE MTM_VENDOR_IN_HOUSE_PHARMACIST BENEFICIARY NO YES 2026-03-12");
            assertThat(db.value(String.class, """
                    select string_agg(vendor_tmr_id || ':' || source || ':' || recommendations_sent || '/' || recommendations_resolved,
                                      ',' order by tmr_date) from tmr where member_id = 'PR-A1'"""))
                    .isEqualTo("TMR-A1-1:VENDOR_FILE:2/1,TMR-A1-2:VENDOR_FILE:1/0");
            assertThat(db.value(String.class, "select provided_date || ' ' || method from safe_disposal_notice where notice_id = 'SD-A1-1'"))
                    .isEqualTo("2026-03-05 TELEPHONE");
            // The PIN is in no program table: the attempt holds only the challenge's id.
            assertThat(db.value(Long.class, """
                    select count(*) from information_schema.columns
                    where table_name in ('outreach_attempt', 'cmr_offer', 'cmr', 'tmr', 'safe_disposal_notice')
                      and column_name like '%pin%' and column_name <> 'pin_challenge_id'""")).isZero();
        }
    }

    @Test
    void aRedeliveredProgramFileChangesNothing() {
        try (var db = TestData.open()) {
            db.member("PR-D1").enrolled("PR-D1", 2026, LocalDate.of(2026, 1, 15), "01");
        }
        var file = put("tmrs/redelivered.csv", TMRS + "TMR-D1-1,PR-D1,2026-02-01,3,2\n");
        deliverOk(event(file));
        String before = snapshot("PR-D1");

        JsonObject again = deliverOk(event(file));

        assertThat(status(again)).isEqualTo("DUPLICATE");
        assertThat(report(file.key()).getJsonObject("original").getLong("rowsApplied")).isEqualTo(1);
        assertThat(snapshot("PR-D1")).isEqualTo(before);
    }

    /** Every column of the member's TMR rows, update times included: a no-op leaves it identical. */
    private static String snapshot(String memberId) {
        try (var db = TestData.open()) {
            return db.value(String.class, "select string_agg(t::text, '|' order by id) from tmr t where member_id = ?", memberId)
                    + db.value(Long.class, "select count(*) from intake_file");
        }
    }

    @Test
    void refusedRowsAreListedByLineColumnAndReasonWithoutTheirValues() {
        try (var db = TestData.open()) {
            db.member("PR-R1").enrolled("PR-R1", 2026, LocalDate.of(2026, 3, 1), "01");
            db.member("PR-R2"); // never enrolled
            db.member("PR-R3").enrolled("PR-R3", 2026, LocalDate.of(2026, 3, 1), "01");
        }
        pinChallenge("PR-R3", "connect-contact-r3");
        // Enough good rows that seven refusals stay under the 1 % threshold and the rest applies.
        StringBuilder cmrs = new StringBuilder(CMRS);
        for (int i = 0; i < 800; i++) {
            cmrs.append("CMR-R1-").append(i).append(",PR-R1,2026-04-01,TELEHEALTH,LOCAL_PHARMACIST,CAREGIVER,U,U,\n");
        }
        cmrs.append("CMR-X1,PR-NOBODY,2026-04-01,TELEPHONE,LOCAL_PHARMACIST,BENEFICIARY,N,N,\n"); // 802 unknown member
        cmrs.append("CMR-X2,PR-R2,2026-04-01,TELEPHONE,LOCAL_PHARMACIST,BENEFICIARY,N,N,\n"); // 803 not enrolled
        cmrs.append("CMR-X3,PR-R1,2026-02-27,TELEPHONE,LOCAL_PHARMACIST,BENEFICIARY,N,N,\n"); // 804 before enrollment
        cmrs.append("CMR-X4,PR-R1,2026-07-02,TELEPHONE,LOCAL_PHARMACIST,BENEFICIARY,N,N,\n"); // 805 in the future
        cmrs.append("CMR-X5,PR-R1,2026-04-01,CARRIER PIGEON,LOCAL_PHARMACIST,BENEFICIARY,N,N,\n"); // 806 unknown code
        cmrs.append("CMR-X6,PR-R1,2026-04-01,TELEPHONE,LOCAL_PHARMACIST,BENEFICIARY,MAYBE,N,\n"); // 807 unknown code
        cmrs.append("CMR-X7,PR-R1,2026-04-05,TELEPHONE,LOCAL_PHARMACIST,BENEFICIARY,N,N,2026-04-01\n"); // 808 summary first
        var file = put("cmrs/with-refusals.csv", cmrs.toString());

        deliverOk(event(file));

        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("APPLIED");
        assertThat(report.getLong("rowsApplied")).isEqualTo(800);
        assertThat(rejections(report)).containsExactly(
                Map.of("line", 802, "column", "member_id", "reason", "unknown member"),
                Map.of("line", 803, "column", "member_id", "reason", "member not enrolled in MTM in that plan year"),
                Map.of("line", 804, "column", "cmr_date", "reason", "before the member's MTM enrollment date"),
                Map.of("line", 805, "column", "cmr_date", "reason", "date in the future"),
                Map.of("line", 806, "column", "delivery_method", "reason",
                        "unknown code: must be one of FACE_TO_FACE, TELEPHONE, TELEHEALTH or OTHER"),
                Map.of("line", 807, "column", "cognitively_impaired", "reason", "unknown code: must be Y, N or U"),
                Map.of("line", 808, "column", "summary_sent_date", "reason", "before cmr_date"));
        assertThat(report.encode()).doesNotContain("PR-NOBODY").doesNotContain("PIGEON").doesNotContain("MAYBE")
                .doesNotContain("2026-07-02");
        assertThat(count("select count(*) from cmr where cmr_id like 'CMR-X%'")).isZero();

        var outreach = put("outreach-attempts/refusals.csv", OUTREACH
                + "OA-X1,PR-R3,2026-04-01T10:00:00-05:00,OUTBOUND_CALL,CMR_OFFER,VOICEMAIL_LEFT,connect-contact-r1\n"
                + "OA-X2,PR-R3,2026-04-01 10:00,OUTBOUND_CALL,CMR_OFFER,NO_ANSWER,\n"
                + "OA-X3,PR-R3,2026-04-01T10:00:00Z,MAIL,CMR_OFFER,VOICEMAIL_LEFT,\n"
                + "OA-X4,PR-R3,2026-02-27T10:00:00-06:00,MAIL,ENROLLMENT_NOTICE,REACHED,\n");
        deliverOk(event(outreach));
        JsonObject outreachReport = report(outreach.key());
        assertThat(outreachReport.getString("status")).as("four of four refused: over the threshold").isEqualTo("REJECTED");
        assertThat(rejections(outreachReport)).containsExactly(
                Map.of("line", 2, "column", "contact_id", "reason", "no PIN challenge was issued for this member on that contact"),
                Map.of("line", 3, "column", "attempted_at", "reason",
                        "not a timestamp with offset (expected e.g. 2026-03-02T10:15:00-06:00)"),
                Map.of("line", 4, "column", "outcome", "reason", "not a possible outcome for that channel"),
                Map.of("line", 5, "column", "attempted_at", "reason", "before the member's MTM enrollment date"));
        assertThat(count("select count(*) from outreach_attempt where member_id = 'PR-R3'")).isZero();
    }

    private static List<Map<String, Object>> rejections(JsonObject report) {
        JsonArray listed = report.getJsonArray("rejections");
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            out.add(listed.getJsonObject(i).getMap());
        }
        return out;
    }

    @Test
    void aCmrSentAgainWithItsSummaryDateRecordsItAndALaterRowWithoutTheDateKeepsIt() {
        try (var db = TestData.open()) {
            db.member("PR-S1").enrolled("PR-S1", 2026, LocalDate.of(2026, 1, 10), "02");
        }
        String row = "CMR-S1,PR-S1,2026-05-02,FACE_TO_FACE,LOCAL_PHARMACIST,BENEFICIARY,Y,N,";
        deliverOk(event(put("cmrs/s1-a.csv", CMRS + row + "\n")));
        assertThat(count("select count(*) from cmr where cmr_id = 'CMR-S1' and summary_sent_date is null")).isEqualTo(1);

        deliverOk(event(put("cmrs/s1-b.csv", CMRS + row + "2026-05-09\n")));
        deliverOk(event(put("cmrs/s1-c.csv", CMRS + row + "\n")));

        assertThat(count("select count(*) from cmr where cmr_id = 'CMR-S1' and summary_sent_date = '2026-05-09'")).isEqualTo(1);
    }

    @Test
    void theRosterCarriesTheMbiInCmsFormatStoredWithoutDashes() {
        StringBuilder csv = new StringBuilder("""
                member_id,contract_id,plan_id,first_name,last_name,date_of_birth,zip,phone,mbi
                PR-M1,S5801,S5801-001,Ada,Lovelace,1948-12-10,60601,,1eg4-te5-mk73
                PR-M2,S5801,S5801-001,Alan,Turing,1950-06-23,60601,,
                PR-M3,S5801,S5801-001,Grace,Hopper,1946-12-09,60601,,1SG4TE5MK73
                """);
        // Enough good rows that the one refusal stays under the 1 % threshold.
        for (int i = 0; i < 120; i++) {
            csv.append("PR-MX-").append(i).append(",S5801,S5801-001,Test,Member,1950-01-01,60601,,\n");
        }
        var roster = put("members/with-mbi.csv", csv.toString());

        deliverOk(event(roster));

        JsonObject report = report(roster.key());
        assertThat(rejections(report)).containsExactly(Map.of("line", 4, "column", "mbi", "reason",
                "not a Medicare Beneficiary Identifier (11 characters in the CMS MBI format)"));
        assertThat(report.encode()).doesNotContain("1SG4TE5MK73");
        try (var db = TestData.open()) {
            assertThat(db.value(String.class, "select mbi from member where member_id = 'PR-M1'")).isEqualTo("1EG4TE5MK73");
            assertThat(db.value(String.class, "select coalesce(mbi, 'none') from member where member_id = 'PR-M2'")).isEqualTo("none");
        }
        // A later roster without the column keeps the MBI already known.
        deliverOk(event(put("members/without-mbi.csv", """
                member_id,contract_id,plan_id,first_name,last_name,date_of_birth,zip
                PR-M1,S5801,S5801-001,Ada,Lovelace,1948-12-10,60602
                """)));
        assertThat(count("select count(*) from member where member_id = 'PR-M1' and mbi = '1EG4TE5MK73' and zip = '60602'"))
                .isEqualTo(1);
    }
}
