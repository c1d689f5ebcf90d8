package com.healthoptions.mtm.program.worklist.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.s3.LocalS3;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The daily work list through the function's EventBridge Scheduler event (Lambda mock event server), against
 * the real PostgreSQL and a local S3. "Today" is 30 June 2026; items due by 14 July are listed.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(LocalS3.class)
class ProgramWorkListHandlerTest {

    static final String SCHEDULE_JUNE_30 = """
            {"scheduledTime":"2026-06-30T10:00:00Z",
             "scheduleArn":"arn:aws:scheduler:us-east-1:123456789012:schedule/default/mtm-program-worklist-daily",
             "executionId":"a1b2c3d4e5f60718","attemptNumber":"1"}""";

    static JsonObject invoke(String json) {
        return new JsonObject(given().contentType(ContentType.JSON).accept(ContentType.JSON).body(json).when().post()
                .then().statusCode(200).extract().asString());
    }

    @Test
    void theDaysListHasWhoIsDueOrOverdueForWhatNeverTheOptedOutAndIsWrittenOncePerDay() {
        try (var db = TestData.open()) {
            // A new enrollee a month in: nothing due for another month.
            db.member("W-NEW").enrolled("W-NEW", 2026, LocalDate.of(2026, 6, 1), "01");
            // Enrolled in March and never reached: offer, TMR and disposal information all overdue.
            db.member("W-LATE").enrolled("W-LATE", 2026, LocalDate.of(2026, 3, 2), "01");
            // Offered, reviewed, given disposal information; the quarterly TMR falls due on 5 July.
            db.member("W-SOON").enrolled("W-SOON", 2026, LocalDate.of(2026, 1, 15), "02")
                    .update("update mtm_enrollment set date_met_criteria = '2026-01-10' where member_id = 'W-SOON'")
                    .update(offer("OF-SOON", "W-SOON", "2026-01-20")).update(cmr("CMR-SOON", "W-SOON", "2026-02-01"))
                    .update(tmr("TMR-SOON", "W-SOON", "2026-04-05")).update(disposal("SD-SOON", "W-SOON", "2026-02-01"));
            // In the program since 2025: last year's offer comes round on 10 July; disposal information is late.
            db.member("W-CONT").enrolled("W-CONT", 2025, LocalDate.of(2025, 2, 1), "01")
                    .enrolled("W-CONT", 2026, LocalDate.of(2026, 1, 2), "01")
                    .update(offer("OF-CONT", "W-CONT", "2025-07-10")).update(tmr("TMR-CONT", "W-CONT", "2026-06-20"))
                    .update(disposal("SD-CONT", "W-CONT", "2025-06-20"));
            // Opted out: never listed, however late.
            db.member("W-OUT").enrolled("W-OUT", 2026, LocalDate.of(2026, 2, 1), "01")
                    .update("update mtm_enrollment set opt_out_date = '2026-04-01', opt_out_reason = '03' where member_id = 'W-OUT'");
        }

        JsonObject answer = invoke(SCHEDULE_JUNE_30);

        assertThat(answer.getString("status")).isEqualTo("WRITTEN");
        assertThat(answer.getString("listKey")).isEqualTo("worklists/2026-06-30/work-list.csv");
        assertThat(LocalS3.text("worklists/2026-06-30/work-list.csv").lines().toList()).containsExactly(
                "member_id,contract_id,plan_year,item,status,due_date,days_overdue,last_done,first_name,last_name,phone",
                "W-CONT,S5801,2026,CMR_OFFER,DUE,2026-07-10,0,2025-07-10,Test,Member,+13125550100",
                "W-CONT,S5801,2026,SAFE_DISPOSAL_INFORMATION,OVERDUE,2026-06-20,10,2025-06-20,Test,Member,+13125550100",
                "W-LATE,S5801,2026,CMR_OFFER,OVERDUE,2026-05-01,60,,Test,Member,+13125550100",
                "W-LATE,S5801,2026,TMR,OVERDUE,2026-06-02,28,,Test,Member,+13125550100",
                "W-LATE,S5801,2026,SAFE_DISPOSAL_INFORMATION,OVERDUE,2026-05-01,60,,Test,Member,+13125550100",
                "W-SOON,S5801,2026,TMR,DUE,2026-07-05,0,2026-04-05,Test,Member,+13125550100");
        JsonObject summary = new JsonObject(LocalS3.text("worklists/2026-06-30/summary.json"));
        assertThat(summary.getLong("items")).isEqualTo(6);
        assertThat(summary.getLong("membersConsidered")).as("the opted-out member is not even considered").isEqualTo(4);
        assertThat(summary.getLong("membersListed")).isEqualTo(3);
        assertThat(summary.getJsonObject("byItem").encode()).isEqualTo(new JsonObject()
                .put("CMR_OFFER", new JsonObject().put("OVERDUE", 1).put("DUE", 1))
                .put("TMR", new JsonObject().put("OVERDUE", 1).put("DUE", 1))
                .put("SAFE_DISPOSAL_INFORMATION", new JsonObject().put("OVERDUE", 2).put("DUE", 0)).encode());

        // The schedule fires again the same day, after W-LATE was reached: the day's list stays as written.
        String written = LocalS3.lastModified("worklists/2026-06-30/work-list.csv");
        try (var db = TestData.open()) {
            db.update(offer("OF-LATE", "W-LATE", "2026-06-30"));
        }
        JsonObject again = invoke(SCHEDULE_JUNE_30);
        assertThat(again.getString("status")).isEqualTo("ALREADY_WRITTEN");
        assertThat(again.getLong("items")).isEqualTo(6);
        assertThat(again.getJsonObject("byItem").getJsonObject("SAFE_DISPOSAL_INFORMATION").getLong("OVERDUE")).isEqualTo(2);
        assertThat(LocalS3.lastModified("worklists/2026-06-30/work-list.csv")).isEqualTo(written);
    }

    @Test
    void anOnDemandDayIsItsOwnListAndBadInputIsAnsweredNotRetried() {
        JsonObject yesterday = invoke("{\"date\":\"2026-06-29\"}");
        assertThat(yesterday.getString("status")).isIn("WRITTEN", "ALREADY_WRITTEN");
        assertThat(yesterday.getString("listKey")).isEqualTo("worklists/2026-06-29/work-list.csv");
        assertThat(LocalS3.text("worklists/2026-06-29/work-list.csv")).startsWith("member_id,");

        assertThat(invoke("{\"date\":\"30/06/2026\"}").getString("status")).isEqualTo("INVALID_INPUT");
        assertThat(invoke("{\"date\":\"2027-01-01\"}").getString("status")).isEqualTo("INVALID_INPUT");
    }

    @Test
    void aDateThatIsNoDayIsRefusedByTheStrictDateRuleSayingWhy() {
        JsonObject impossible = invoke("{\"date\":\"2026-02-30\"}");
        assertThat(impossible.getString("status")).isEqualTo("INVALID_INPUT");
        assertThat(impossible.getString("message")).isEqualTo("date is not a calendar date");
        JsonObject lenient = invoke("{\"date\":\"2026-6-30\"}");
        assertThat(lenient.getString("status")).isEqualTo("INVALID_INPUT");
        assertThat(lenient.getString("message")).isEqualTo("date is not an ISO date (YYYY-MM-DD)");
        JsonObject badTime = invoke("{\"scheduledTime\":\"2026-06-30 06:00\"}");
        assertThat(badTime.getString("status")).isEqualTo("INVALID_INPUT");
        assertThat(badTime.getString("message")).startsWith("scheduledTime is not an ISO date and time");
    }

    @Test
    void aRosterNameASpreadsheetWouldRunAsAFormulaIsListedAsText() {
        try (var db = TestData.open()) {
            db.member("W-FORMULA").enrolled("W-FORMULA", 2026, LocalDate.of(2026, 3, 2), "01")
                    .update("update member set first_name = '=HYPERLINK(\"http://evil\",\"Click\")', last_name = 'O''Brien, Jr.' where member_id = 'W-FORMULA'");
        }

        try {
            invoke("{\"date\":\"2026-06-27\"}");

            assertThat(LocalS3.text("worklists/2026-06-27/work-list.csv").lines().filter(l -> l.startsWith("W-FORMULA,")))
                    .first().isEqualTo("W-FORMULA,S5801,2026,CMR_OFFER,OVERDUE,2026-05-01,57,,"
                            + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"Click\"\")\",\"O'Brien, Jr.\",+13125550100");
        } finally {
            // Out of the other tests' lists (the opted-out are never considered), whatever order they run in.
            try (var db = TestData.open()) {
                db.update("update mtm_enrollment set opt_out_date = '2026-04-01', opt_out_reason = '03' where member_id = 'W-FORMULA'");
            }
        }
    }

    static String offer(String id, String member, String date) {
        return "insert into cmr_offer (offer_id, member_id, plan_year, offer_date, method, recipient) values ('%s', '%s', %s, '%s', 'MAIL', 'BENEFICIARY')"
                .formatted(id, member, date.substring(0, 4), date);
    }

    static String cmr(String id, String member, String date) {
        return """
                insert into cmr (cmr_id, member_id, plan_year, cmr_date, delivery_method, provider_type, recipient,
                                 cognitively_impaired, ltc_resident)
                values ('%s', '%s', %s, '%s', 'TELEPHONE', 'LOCAL_PHARMACIST', 'BENEFICIARY', 'NO', 'NO')"""
                .formatted(id, member, date.substring(0, 4), date);
    }

    static String tmr(String id, String member, String date) {
        return """
                insert into tmr (vendor_tmr_id, source, member_id, plan_year, tmr_date, recommendations_sent,
                                 recommendations_resolved) values ('%s', 'VENDOR_FILE', '%s', %s, '%s', 1, 0)"""
                .formatted(id, member, date.substring(0, 4), date);
    }

    static String disposal(String id, String member, String date) {
        return "insert into safe_disposal_notice (notice_id, member_id, plan_year, provided_date, method) values ('%s', '%s', %s, '%s', 'MAIL')"
                .formatted(id, member, date.substring(0, 4), date);
    }
}
