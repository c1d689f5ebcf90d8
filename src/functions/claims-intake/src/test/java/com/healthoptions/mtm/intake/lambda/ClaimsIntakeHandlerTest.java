package com.healthoptions.mtm.intake.lambda;

import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.event;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.put;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.report;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.JsonSchemaContract;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the handler with real S3 event JSON through the Lambda mock event server, against a real S3
 * API server (S3Mock) and the real PostgreSQL. "Today" is 30 June 2026.
 */
@QuarkusTest
@WithTestResource(IntakePostgres.class)
@WithTestResource(S3MockServer.class)
class ClaimsIntakeHandlerTest {

    static final String CLAIMS_HEADER = "claim_id,member_id,fill_date,ndc,drug_name,days_supply,quantity,gross_cost,claim_status\n";
    static final List<String> EIGHT_DRUGS = List.of("LISINOPRIL 10 MG TAB", "ATORVASTATIN 20 MG TAB",
            "METFORMIN 500 MG TAB", "LEVOTHYROXINE 50 MCG", "AMLODIPINE 5 MG", "OMEPRAZOLE 20 MG", "SERTRALINE 50 MG",
            "TAMSULOSIN 0.4 MG");

    @AfterEach
    void disarm() {
        CrashSwitch.disarm();
    }

    /**
     * The function's event and answer shapes (contract/), held to every answered invocation of the tests. An event
     * with a record the function answered IGNORED is meant to break the event schema (forged-event tests), so only
     * its answer is checked.
     */
    static final JsonSchemaContract CONTRACT = JsonSchemaContract.ofThisFunction("IGNORED");

    /** Delivers an event; an answered invocation is held to the contract's JSON Schemas ({@link #CONTRACT}). */
    static Response deliver(String eventJson) {
        Response r = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(eventJson).when().post();
        if (r.statusCode() == 200) {
            CONTRACT.check(eventJson, r.asString());
        }
        return r;
    }

    static JsonObject deliverOk(String eventJson) {
        Response r = deliver(eventJson);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        return new JsonObject(r.asString());
    }

    /** Eight chronic drugs at $100 in 2026 (hypertension, dyslipidemia, diabetes, depression among them). */
    static String eligibleClaims(String memberId) {
        return IntStream.range(0, EIGHT_DRUGS.size())
                .mapToObj(i -> memberId + "-C" + i + "," + memberId + ",2026-0" + (1 + i % 5) + "-1" + i + ",,"
                        + EIGHT_DRUGS.get(i) + ",30,30,100.00,P\n")
                .collect(Collectors.joining());
    }

    static long count(String sql, Object... args) {
        try (var db = TestData.open()) {
            return db.value(Long.class, sql, args);
        }
    }

    @Test
    void aClaimsFileIsAppliedAndItsNewlyEligibleMembersAreEnrolledWithAReportAndOutreach() {
        try (var db = TestData.open()) {
            db.member("IN-A1").member("IN-A2");
        }
        var file = put("pharmacy-claims/2026/june claims+extra.csv", CLAIMS_HEADER + eligibleClaims("IN-A1")
                + "IN-A2-C1,IN-A2,2026-03-01,00093-7214-01,,30,30,12.50,P\n");

        JsonObject out = deliverOk(event(file));

        assertThat(out.getJsonArray("records").getJsonObject(0).getString("status")).isEqualTo("APPLIED");
        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("APPLIED");
        assertThat(report.getLong("rowsRead")).isEqualTo(9);
        assertThat(report.getLong("rowsApplied")).isEqualTo(9);
        assertThat(report.getLong("rowsRejected")).isZero();
        assertThat(report.getLong("membersReEvaluated")).isEqualTo(2);
        assertThat(report.getLong("newlyEnrolled")).isEqualTo(1);
        assertThat(report.getJsonArray("planYears")).containsExactly(2026);
        assertThat(count("select count(*) from pharmacy_claim where member_id in ('IN-A1', 'IN-A2')")).isEqualTo(9);
        assertThat(count("select count(*) from pharmacy_claim where claim_id = 'IN-A2-C1' and ndc = '00093721401'")).isEqualTo(1);
        assertThat(count("""
                select count(*) from eligibility_determination
                where member_id = 'IN-A1' and plan_year = 2026 and as_of = '2026-06-30' and eligible and reason_targeted = '01'""")).isEqualTo(1);
        assertThat(count("select count(*) from eligibility_determination where member_id = 'IN-A2' and not eligible")).isEqualTo(1);
        assertThat(count("""
                select count(*) from mtm_enrollment where member_id = 'IN-A1' and plan_year = 2026
                and enrollment_date = '2026-06-30' and date_met_criteria = '2026-05-14' and reason_targeted = '01'""")).isEqualTo(1);
        assertThat(count("select count(*) from mtm_enrollment where member_id = 'IN-A2'")).isZero();
        assertThat(count("""
                select count(*) from audit_event where member_id = 'IN-A1' and action = 'MTM_ENROLLED'
                and actor = 'claims-intake' and outcome = 'ENROLLED' and details ->> 'planYear' = '2026'""")).isEqualTo(1);

        String outreachKey = report.getString("outreachKey");
        assertThat(outreachKey).isEqualTo("outreach/2026-06-30/new-enrollees-" + report.getLong("fileId") + ".csv");
        String outreach = IntakeTestBucket.text(outreachKey);
        assertThat(outreach.lines().toList()).containsExactly(
                "member_id,plan_year,enrollment_date,date_met_criteria,reason_targeted,first_name,last_name,zip,phone",
                "IN-A1,2026,2026-06-30,2026-05-14,01,Test,Member,60601,+13125550100");
    }

    @Test
    void theSameObjectDeliveredTwiceChangesNothingTheSecondTime() {
        try (var db = TestData.open()) {
            db.member("IN-D1");
        }
        var file = put("pharmacy-claims/dup.csv", CLAIMS_HEADER + eligibleClaims("IN-D1"));
        deliverOk(event(file));
        long decisions = count("select count(*) from eligibility_determination where member_id = 'IN-D1'");
        long audits = count("select count(*) from audit_event where member_id = 'IN-D1'");
        long fileRows = count("select count(*) from intake_file");

        JsonObject again = deliverOk(event(file));

        assertThat(again.getJsonArray("records").getJsonObject(0).getString("status")).isEqualTo("DUPLICATE");
        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("DUPLICATE");
        assertThat(report.getJsonObject("original").getString("status")).isEqualTo("APPLIED");
        assertThat(report.getJsonObject("original").getLong("rowsApplied")).isEqualTo(8);
        assertThat(count("select count(*) from eligibility_determination where member_id = 'IN-D1'")).isEqualTo(decisions);
        assertThat(count("select count(*) from audit_event where member_id = 'IN-D1'")).isEqualTo(audits);
        assertThat(count("select count(*) from intake_file")).isEqualTo(fileRows);
    }

    @Test
    void aNewVersionOfTheSameKeyIsANewFile() {
        try (var db = TestData.open()) {
            db.member("IN-V1");
        }
        IntakeTestBucket.enableVersioning();
        try {
            var first = put("pharmacy-claims/versioned.csv", CLAIMS_HEADER
                    + "IN-V1-C1,IN-V1,2026-02-01,,LISINOPRIL 10 MG TAB,30,30,10.00,P\n");
            deliverOk(event(first));
            var second = put("pharmacy-claims/versioned.csv", CLAIMS_HEADER
                    + "IN-V1-C1,IN-V1,2026-02-01,,LISINOPRIL 10 MG TAB,30,30,12.00,P\n"
                    + "IN-V1-C2,IN-V1,2026-02-02,,ATORVASTATIN 20 MG TAB,30,30,20.00,P\n");
            assertThat(second.versionId()).isNotEqualTo(first.versionId());

            JsonObject out = deliverOk(event(second));

            assertThat(out.getJsonArray("records").getJsonObject(0).getString("status")).isEqualTo("APPLIED");
            assertThat(report(second).getString("objectVersion")).isEqualTo(second.versionId());
            assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-V1'")).isEqualTo(2);
            assertThat(count("select count(*) from pharmacy_claim where claim_id = 'IN-V1-C1' and gross_cost = 12.00")).isEqualTo(1);
            // The first version, redelivered late, is still recognised as done.
            assertThat(deliverOk(event(first)).getJsonArray("records").getJsonObject(0).getString("status"))
                    .isEqualTo("DUPLICATE");
        } finally {
            IntakeTestBucket.suspendVersioning();
        }
    }

    @Test
    void gzippedFilesAreReadThroughGunzip() {
        try (var db = TestData.open()) {
            db.member("IN-G1");
        }
        var file = put("pharmacy-claims/2026-06.csv.gz", IntakeTestBucket.gzip(CLAIMS_HEADER + eligibleClaims("IN-G1")));

        deliverOk(event(file));

        assertThat(report(file.key()).getString("status")).isEqualTo("APPLIED");
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-G1'")).isEqualTo(8);
        assertThat(count("select count(*) from mtm_enrollment where member_id = 'IN-G1' and plan_year = 2026")).isEqualTo(1);
    }

    @Test
    void columnsMayComeInAnyOrderAndQuotedFieldsFollowRfc4180() {
        try (var db = TestData.open()) {
            db.member("IN-Q1");
        }
        var file = put("pharmacy-claims/reordered.csv",
                "claim_status,gross_cost,quantity,days_supply,drug_name,ndc,fill_date,member_id,claim_id\r\n"
                        + "P,15.00,30,30,\"LISINOPRIL, 10 MG \"\"TAB\"\"\",,2026-01-05,IN-Q1,IN-Q1-C1\r\n");

        deliverOk(event(file));

        assertThat(report(file.key()).getLong("rowsApplied")).isEqualTo(1);
        try (var db = TestData.open()) {
            assertThat(db.value(String.class, "select drug_name from pharmacy_claim where claim_id = 'IN-Q1-C1'"))
                    .isEqualTo("LISINOPRIL, 10 MG \"TAB\"");
        }
    }

    @Test
    void aReversalCancelsThePaidClaimAndAMemberWhoStopsQualifyingStaysEnrolled() {
        try (var db = TestData.open()) {
            db.member("IN-R1");
        }
        var paid = put("pharmacy-claims/paid.csv", CLAIMS_HEADER + eligibleClaims("IN-R1"));
        deliverOk(event(paid));
        assertThat(count("select count(*) from mtm_enrollment where member_id = 'IN-R1' and enrollment_date is not null")).isEqualTo(1);

        var reversal = put("pharmacy-claims/reversal.csv", CLAIMS_HEADER
                + "IN-R1-C0,IN-R1,,,,,,,R\n"
                + "NO-SUCH-CLAIM,IN-R1,,,,,,,R\n");
        deliverOk(event(reversal));

        JsonObject report = report(reversal.key());
        // One of two rows is bad: 50 % is over the 1 % threshold, so nothing is applied.
        assertThat(report.getString("status")).isEqualTo("REJECTED");
        assertThat(report.getJsonArray("rejections").getJsonObject(0).getMap())
                .containsEntry("line", 3).containsEntry("column", "claim_id").containsEntry("reason", "reversal of an unknown claim");
        assertThat(count("select count(*) from pharmacy_claim where claim_id = 'IN-R1-C0' and reversed")).isZero();

        var good = put("pharmacy-claims/reversal-fixed.csv", CLAIMS_HEADER + "IN-R1-C0,IN-R1,,,,,,,R\n");
        deliverOk(event(good));

        assertThat(report(good.key()).getString("status")).isEqualTo("APPLIED");
        assertThat(count("select count(*) from pharmacy_claim where claim_id = 'IN-R1-C0' and reversed")).isEqualTo(1);
        assertThat(count("""
                select count(*) from eligibility_determination
                where member_id = 'IN-R1' and not eligible and chronic_drug_count = 7""")).isEqualTo(1);
        assertThat(count("select count(*) from mtm_enrollment where member_id = 'IN-R1' and enrollment_date is not null")).isEqualTo(1);
    }

    @Test
    void badRowsUnderTheThresholdAreListedWithoutTheirValuesAndSkipped() {
        try (var db = TestData.open()) {
            db.member("IN-B1");
        }
        StringBuilder csv = new StringBuilder(CLAIMS_HEADER);
        for (int i = 0; i < 200; i++) {
            csv.append("IN-B1-C").append(i).append(",IN-B1,2026-02-01,,LISINOPRIL 10 MG,30,30,1.00,P\n");
        }
        csv.append("IN-B1-X1,IN-B1,2026-02-31,,LISINOPRIL 10 MG,30,30,1.00,P\n"); // line 202: no 31 February
        csv.append("IN-B1-X2,IN-B1,2026-02-01,,LISINOPRIL 10 MG,30,30,12,34.00,P\n"); // line 203: too many fields -> status column "34.00"
        var file = put("pharmacy-claims/some-bad.csv", csv.toString());

        deliverOk(event(file));

        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("APPLIED");
        assertThat(report.getLong("rowsRead")).isEqualTo(202);
        assertThat(report.getLong("rowsApplied")).isEqualTo(200);
        assertThat(report.getLong("rowsRejected")).isEqualTo(2);
        JsonArray rejections = report.getJsonArray("rejections");
        assertThat(rejections.getJsonObject(0).getMap()).containsEntry("line", 202).containsEntry("column", "fill_date")
                .containsEntry("reason", "not a valid calendar date");
        assertThat(rejections.getJsonObject(1).getMap()).containsEntry("line", 203).containsEntry("column", "claim_status");
        assertThat(report.encode()).doesNotContain("2026-02-31").doesNotContain("34.00");
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-B1'")).isEqualTo(200);
    }

    @Test
    void aPrescriberNpiIsStoredWhenItsCheckDigitHoldsAndABadOneBreaksOnlyItsRow() {
        try (var db = TestData.open()) {
            db.member("IN-N1");
        }
        StringBuilder csv = new StringBuilder(CLAIMS_HEADER.strip() + ",prescriber_npi\n");
        for (int i = 0; i < 150; i++) {
            csv.append("IN-N1-C").append(i).append(",IN-N1,2026-02-01,,LISINOPRIL 10 MG,30,30,1.00,P,1234567893\n");
        }
        csv.append("IN-N1-X1,IN-N1,2026-02-01,,LISINOPRIL 10 MG,30,30,1.00,P,1234567890\n"); // line 152: check digit
        csv.append("IN-N1-X2,IN-N1,2026-02-01,,LISINOPRIL 10 MG,30,30,1.00,P,\n"); // no prescriber: fine
        var file = put("pharmacy-claims/with-prescribers.csv", csv.toString());

        deliverOk(event(file));

        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("APPLIED");
        assertThat(report.getLong("rowsApplied")).isEqualTo(151);
        assertThat(report.getJsonArray("rejections").getJsonObject(0).getMap()).containsEntry("line", 152)
                .containsEntry("column", "prescriber_npi")
                .containsEntry("reason", "not an NPI (10 digits with a valid check digit)");
        assertThat(report.encode()).doesNotContain("1234567890");
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-N1' and prescriber_npi = '1234567893'"))
                .isEqualTo(150);
        assertThat(count("select count(*) from pharmacy_claim where claim_id = 'IN-N1-X2' and prescriber_npi is null"))
                .isEqualTo(1);
        assertThat(count("select count(*) from pharmacy_claim where claim_id = 'IN-N1-X1'")).isZero();

        // A later file without the column (or with a blank) never erases the stored prescriber.
        var again = put("pharmacy-claims/without-prescribers.csv",
                CLAIMS_HEADER + "IN-N1-C0,IN-N1,2026-02-01,,LISINOPRIL 10 MG,30,30,2.00,P\n");
        deliverOk(event(again));
        assertThat(count("select count(*) from pharmacy_claim where claim_id = 'IN-N1-C0' and prescriber_npi = '1234567893'"
                + " and gross_cost = 2.00")).isEqualTo(1);
    }

    @Test
    void aMalformedMemberIdInAClaimsFileIsRefusedByTheRosterRuleWithoutItsValue() {
        try (var db = TestData.open()) {
            db.member("IN-M1");
        }
        StringBuilder csv = new StringBuilder(CLAIMS_HEADER);
        for (int i = 0; i < 200; i++) {
            csv.append("IN-M1-C").append(i).append(",IN-M1,2026-02-01,,LISINOPRIL 10 MG,30,30,1.00,P\n");
        }
        csv.append("IN-M1-X1,IN M1,2026-02-01,,LISINOPRIL 10 MG,30,30,1.00,P\n"); // line 202: a space
        csv.append("IN-M1-X2,").append("M".repeat(41)).append(",2026-02-01,,LISINOPRIL 10 MG,30,30,1.00,P\n");
        var file = put("pharmacy-claims/malformed-member.csv", csv.toString());

        deliverOk(event(file));

        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("APPLIED");
        assertThat(report.getJsonArray("rejections").stream().map(o -> ((JsonObject) o).getMap()).toList())
                .containsExactly(
                        Map.of("line", 202, "column", "member_id", "reason", "must be 1-40 letters, digits, '-' or '_'"),
                        Map.of("line", 203, "column", "member_id", "reason", "must be 1-40 letters, digits, '-' or '_'"));
        assertThat(report.encode()).doesNotContain("IN M1").doesNotContain("M".repeat(41));
    }

    @Test
    void badRowsOverTheThresholdRejectTheWholeFileAndApplyNothing() {
        try (var db = TestData.open()) {
            db.member("IN-T1");
        }
        StringBuilder csv = new StringBuilder(CLAIMS_HEADER);
        for (int i = 0; i < 50; i++) {
            csv.append("IN-T1-C").append(i).append(",IN-T1,2026-02-01,,LISINOPRIL 10 MG,30,30,1.00,P\n");
        }
        csv.append("IN-T1-X1,IN-T1,2026-02-01,,LISINOPRIL 10 MG,30,30,abc,P\n");
        csv.append("IN-T1-X2,UNKNOWN-MEMBER,2026-02-01,1234-5678-90,,30,30,1.00,P\n");
        csv.append("IN-T1-X3,IN-T1,2026-02-01,12-34,,30,30,1.00,P\n");
        var file = put("pharmacy-claims/mostly-bad.csv", csv.toString());

        deliverOk(event(file));

        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("REJECTED");
        assertThat(report.getLong("rowsRejected")).isEqualTo(3);
        assertThat(report.getLong("rowsApplied")).isZero();
        assertThat(report.getString("message")).contains("3 of 53 rows rejected");
        assertThat(report.getJsonArray("rejections").stream().map(o -> ((JsonObject) o).getString("reason")).toList())
                .containsExactly("not a number", "unknown member", "malformed NDC");
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-T1'")).isZero();
        assertThat(count("select count(*) from eligibility_determination where member_id = 'IN-T1'")).isZero();
    }

    @Test
    void aFileMissingRequiredColumnsIsRejected() {
        var file = put("pharmacy-claims/no-cost.csv", "claim_id,member_id,fill_date,ndc,drug_name,days_supply,quantity,claim_status\n"
                + "X1,M1,2026-01-01,,LISINOPRIL,30,30,P\n");

        deliverOk(event(file));

        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("REJECTED");
        assertThat(report.getString("message")).isEqualTo("missing required columns: gross_cost");
    }

    @Test
    void aCrashMidFileLeavesTheTablesUntouchedAndTheRetryAppliesItWhole() {
        try (var db = TestData.open()) {
            db.member("IN-X1");
        }
        StringBuilder csv = new StringBuilder(CLAIMS_HEADER);
        for (int i = 0; i < 230; i++) { // test chunks are 50 rows: five chunks
            csv.append("IN-X1-C").append(i).append(",IN-X1,2026-03-01,,")
                    .append(EIGHT_DRUGS.get(i % 8)).append(",30,30,10.00,P\n");
        }
        var file = put("pharmacy-claims/crash.csv", csv.toString());
        CrashSwitch.crashAfterChunks(2);

        Response crashed = deliver(event(file));

        assertThat(crashed.statusCode()).isNotEqualTo(200);
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-X1'")).isZero();
        assertThat(count("select count(*) from eligibility_determination where member_id = 'IN-X1'")).isZero();
        assertThat(count("select rows_read from intake_file where object_key = 'pharmacy-claims/crash.csv'")).isEqualTo(100);
        assertThat(IntakeTestBucket.reportKeys("pharmacy-claims/crash.csv")).isEmpty();

        JsonObject retried = deliverOk(event(file));

        assertThat(retried.getJsonArray("records").getJsonObject(0).getString("status")).isEqualTo("APPLIED");
        JsonObject report = report(file.key());
        assertThat(report.getLong("rowsRead")).isEqualTo(230);
        assertThat(report.getLong("rowsApplied")).isEqualTo(230);
        assertThat(report.getInteger("invocations")).isEqualTo(2);
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-X1'")).isEqualTo(230);
        assertThat(count("select count(*) from eligibility_determination where member_id = 'IN-X1'")).isEqualTo(1);
        assertThat(count("select count(*) from mtm_enrollment where member_id = 'IN-X1'")).isEqualTo(1);
    }

    @Test
    void anOptedOutMemberWhoBecomesEligibleIsDecidedButNotEnrolled() {
        try (var db = TestData.open()) {
            db.member("IN-O1").optedOut("IN-O1", 2026, LocalDate.of(2026, 3, 1), "03");
        }
        var file = put("pharmacy-claims/opted-out.csv", CLAIMS_HEADER + eligibleClaims("IN-O1"));

        deliverOk(event(file));

        JsonObject report = report(file.key());
        assertThat(report.getLong("newlyEnrolled")).isZero();
        assertThat(report.getString("outreachKey")).isNull();
        assertThat(count("select count(*) from eligibility_determination where member_id = 'IN-O1' and eligible")).isEqualTo(1);
        assertThat(count("""
                select count(*) from mtm_enrollment where member_id = 'IN-O1' and plan_year = 2026
                and enrollment_date is null and opt_out_date = '2026-03-01' and opt_out_reason = '03'""")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where member_id = 'IN-O1' and action = 'MTM_ENROLLED'")).isZero();
    }

    @Test
    void claimsOfAPastYearAreDecidedAsOfItsLastDayWithoutEnrolling() {
        try (var db = TestData.open()) {
            db.member("IN-P1");
        }
        String claims2025 = eligibleClaims("IN-P1").replace("2026-", "2025-").replace(",100.00,", ",300.00,");
        var file = put("pharmacy-claims/runout-2025.csv", CLAIMS_HEADER + claims2025);

        deliverOk(event(file));

        assertThat(report(file.key()).getJsonArray("planYears")).containsExactly(2025);
        assertThat(count("""
                select count(*) from eligibility_determination
                where member_id = 'IN-P1' and plan_year = 2025 and as_of = '2025-12-31' and eligible""")).isEqualTo(1);
        assertThat(count("select count(*) from mtm_enrollment where member_id = 'IN-P1'")).isZero();
    }

    @Test
    void aMemberRosterUpsertsMembersAndRejectsRowsWithoutQuotingThem() {
        StringBuilder csv = new StringBuilder("member_id,contract_id,plan_id,first_name,last_name,date_of_birth,zip,phone\n");
        for (int i = 0; i < 120; i++) {
            csv.append("IN-M").append(i).append(",S5801,S5801-001,Ann,Lee,1948-02-0").append(1 + i % 9)
                    .append(",60601-1234,(312) 555-01").append(10 + i % 80).append('\n');
        }
        csv.append("IN-MBAD,S5801,S5801-001,Ann,Lee,1948-02-01,6060X,3125550100\n");
        var file = put("members/roster 2026.csv", csv.toString());

        deliverOk(event(file));

        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("APPLIED");
        assertThat(report.getLong("rowsApplied")).isEqualTo(120);
        assertThat(report.getJsonArray("rejections").getJsonObject(0).getMap()).containsEntry("line", 122)
                .containsEntry("column", "zip");
        assertThat(report.encode()).doesNotContain("6060X").doesNotContain("3125550100");
        assertThat(count("select count(*) from member where member_id like 'IN-M%' and zip = '60601' and phone_e164 like '+1312555%'"))
                .isEqualTo(120);
        assertThat(report.getLong("membersReEvaluated")).isEqualTo(120);
    }

    @Test
    void diagnosesAndDmpFilesFeedTheRules() {
        try (var db = TestData.open()) {
            db.member("IN-DX1").member("IN-DMP1");
        }
        var dx = put("diagnoses/dx.csv", "member_id,icd10_code,service_date,source\n"
                + "IN-DX1,I10,2025-11-02,medical\nIN-DX1,E78.5,2026-01-15,medical\nIN-DX1,e11.9,2026-02-01,\n");
        deliverOk(event(dx));
        var dmp = put("dmp/dmp.csv", "member_id,status,effective_date,end_date\nIN-DMP1,at-risk,2026-04-01,\n");
        deliverOk(event(dmp));

        assertThat(report(dx.key()).getLong("rowsApplied")).isEqualTo(3);
        // A 2025 diagnosis counts for 2025 and for 2026 (the rules look back one year).
        assertThat(report(dx.key()).getJsonArray("planYears")).containsExactly(2025, 2026);
        assertThat(count("select count(*) from diagnosis where member_id = 'IN-DX1' and icd10_code in ('I10', 'E785', 'E119')")).isEqualTo(3);
        assertThat(count("""
                select count(*) from eligibility_determination
                where member_id = 'IN-DX1' and plan_year = 2026 and chronic_condition_count = 3""")).isEqualTo(1);
        assertThat(count("select count(*) from dmp_status where member_id = 'IN-DMP1' and status = 'AT_RISK'")).isEqualTo(1);
        assertThat(count("""
                select count(*) from mtm_enrollment where member_id = 'IN-DMP1' and plan_year = 2026 and reason_targeted = '02'""")).isEqualTo(1);
    }

    @Test
    void theNdcDirectoryFillsProductsAndIngredientsThatClaimsResolveThrough() {
        var directory = put("reference/ndc/product.txt", String.join("\t", "PRODUCTID", "PRODUCTNDC", "PRODUCTTYPENAME",
                "PROPRIETARYNAME", "NONPROPRIETARYNAME", "DOSAGEFORMNAME", "ROUTENAME", "SUBSTANCENAME", "PHARM_CLASSES",
                "DEASCHEDULE") + "\n"
                + String.join("\t", "1_a", "0591-0385", "HUMAN PRESCRIPTION DRUG", "Norco", "Hydrocodone Bitartrate and Acetaminophen",
                        "TABLET", "ORAL", "ACETAMINOPHEN; HYDROCODONE BITARTRATE", "Opioid Agonist [EPC]", "CII") + "\n"
                + String.join("\t", "2_b", "68180-513", "HUMAN PRESCRIPTION DRUG", "", "Lisinopril", "TABLET", "ORAL",
                        "LISINOPRIL", "Angiotensin Converting Enzyme Inhibitor [EPC]", "") + "\n");

        deliverOk(event(directory));

        JsonObject report = report(directory.key());
        assertThat(report.getString("status")).isEqualTo("APPLIED");
        assertThat(report.getLong("rowsApplied")).isEqualTo(2);
        assertThat(count("select count(*) from ndc_product where product_key = '005910385' and dea_schedule = 'CII'")).isEqualTo(1);
        try (var db = TestData.open()) {
            assertThat(db.value(String.class, """
                    select string_agg(ingredient, ',' order by ingredient) from ndc_product_ingredient
                    where product_key = '005910385'""")).isEqualTo("acetaminophen,hydrocodone");
            assertThat(db.value(String.class, "select ingredient from ndc_product_ingredient where product_key = '681800513'"))
                    .isEqualTo("lisinopril");
        }
    }

    @Test
    void takeBackSitesAndZipCentroidsGoToTheDisposalLoaders() {
        var sites = put("reference/take-back-sites/il sites.csv.gz", IntakeTestBucket.gzip(
                "site_id,name,address,city,state,zip,latitude,longitude,accepts_pills\n"
                        + "IN-IL-1,Test Pharmacy,1 Main St,Chicago,IL,60601,41.8858,-87.6181,Y\n"
                        + "IN-IL-2,Test Police District,2 State St,Chicago,IL,60602-1234,41.8830,-87.6278,Y\n"));
        var zips = put("reference/zip-centroids/gazetteer.txt",
                "GEOID\tALAND\tAWATER\tALAND_SQMI\tAWATER_SQMI\tINTPTLAT\tINTPTLONG\n"
                        + "60699\t1\t0\t1\t0\t41.886\t-87.622\n"
                        + "6069X\t1\t0\t1\t0\t41.0\t-87.0\n");

        JsonObject out = deliverOk(event(sites, zips));

        assertThat(out.getJsonArray("records").getJsonObject(0).getString("status")).isEqualTo("APPLIED");
        JsonObject siteReport = report(sites.key());
        assertThat(siteReport.getString("kind")).isEqualTo("REFERENCE reference/take-back-sites/");
        assertThat(siteReport.getLong("rowsApplied")).isEqualTo(2);
        assertThat(count("select count(*) from take_back_site where site_id in ('IN-IL-1', 'IN-IL-2')")).isEqualTo(2);
        // One bad row of two is over the 1 % threshold: the loader applies nothing.
        JsonObject zipReport = report(zips.key());
        assertThat(zipReport.getString("status")).isEqualTo("REJECTED");
        assertThat(zipReport.getJsonArray("rejections").getJsonObject(0).getMap()).containsEntry("line", 3)
                .containsEntry("column", "geoid");
        assertThat(zipReport.encode()).doesNotContain("6069X");
        assertThat(count("select count(*) from zip_centroid where zip = '60699'")).isZero();
    }

    @Test
    void anUnknownPrefixIsReportedNotGuessedAndOwnOutputsAreIgnored() {
        var file = put("claims/whatever.csv", "a,b\n1,2\n");
        var ownReport = put("reports/pharmacy-claims/x.csv.json", "{}");

        JsonObject out = deliverOk(event(file, ownReport));

        assertThat(out.getJsonArray("records").getJsonObject(0).getString("status")).isEqualTo("REJECTED");
        assertThat(out.getJsonArray("records").getJsonObject(1).getString("status")).isEqualTo("IGNORED");
        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("REJECTED");
        assertThat(report.getString("message")).startsWith("unknown key prefix").contains("pharmacy-claims/", "reference/ndc/");
        assertThat(IntakeTestBucket.reportKeys("reports/pharmacy-claims/x.csv.json")).isEmpty();
    }
}
