package com.healthoptions.mtm.cmr.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.documents.PdfPages;
import com.healthoptions.mtm.intake.ClaimsIntake;
import com.healthoptions.mtm.intake.IntakeObject;
import com.healthoptions.mtm.intake.IntakeResult;
import com.healthoptions.mtm.s3.BucketObjects;
import com.healthoptions.mtm.s3.LocalS3;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The CMR written summary through the packaged function as EventBridge Scheduler invokes it, from files that went
 * through the intake engine (roster with mailing addresses, the CMRs, the pharmacist's items): one large-print PDF per CMR with exactly that member's medicines and action items, the CMRs
 * held back listed by id, a re-fired schedule writing nothing. Also the items format's own rules (broken rows, an
 * unknown CMR, a redelivery, a corrected file). Today is 30 June 2026.
 */
@QuarkusTest
// The files are loaded through the intake engine in this process: it connects with both functions' grants
// (PostgresTestDatabase); the function's own role is checked on its own in theFunctionsRoleReads...
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = PostgresTestDatabase.ROLE,
        value = "mtm_cmr_summary,mtm_claims_intake"))
@WithTestResource(LocalS3.class)
class CmrSummaryHandlerTest {

    static final String ROSTER = "member_id,contract_id,plan_id,first_name,last_name,date_of_birth,zip,phone,"
            + "address_line1,address_line2,city,state\n";
    static final String CMRS = "cmr_id,member_id,cmr_date,delivery_method,provider_type,recipient,summary_sent_date\n";
    static final String ITEMS = "cmr_id,member_id,item_type,item_no,medicine,how_i_use_it,why_i_use_it,prescriber,"
            + "date_started,date_stopped,why_stopped,talked_about,what_i_need_to_do,what_i_did,text\n";

    static final String SCHEDULE_JUNE_30 = """
            {"scheduledTime":"2026-06-30T11:30:00Z",
             "scheduleArn":"arn:aws:scheduler:us-east-1:123456789012:schedule/default/mtm-cmr-summary",
             "executionId":"d-2026-06-30","attemptNumber":"1"}""";

    @Inject
    ClaimsIntake intake;

    /** Every record logged through the root logger while it is installed, with its parameters. */
    static final class LogCapture extends java.util.logging.Handler {
        final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void publish(java.util.logging.LogRecord r) {
            String message = r instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage() : r.getMessage();
            lines.add(r.getLoggerName() + " " + message + " " + java.util.Arrays.toString(r.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private int invocation;

    JsonObject deliver(String key, String content) {
        String eTag = LocalS3.put(key, content);
        IntakeObject object = LocalS3.intakeObject(key, eTag);
        try {
            IntakeResult r = intake.process(object, new BucketObjects(LocalS3.s3(), LocalS3.BUCKET),
                    "cmr-summary-test-" + (++invocation), Instant.now().plusSeconds(600));
            JsonObject report = new JsonObject(LocalS3.text(r.reportKey()));
            report.put("deliveryStatus", r.status().name());
            return report;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonObject deliverClean(String key, String content) {
        JsonObject report = deliver(key, content);
        assertThat(report.getString("deliveryStatus")).as(key + " " + report.encode()).isEqualTo("APPLIED");
        assertThat(report.getLong("rowsRejected", 0L)).as(key + " " + report.encode()).isZero();
        return report;
    }

    /**
     * The roster through the intake; the MTM enrollment as the intake's re-evaluation records it (targeting is
     * tested in the claims-intake module; here it only has to hold for the CMR rows' checks).
     */
    void enrolled(String roster, String... memberIds) {
        deliverClean("members/" + memberIds[0] + ".csv", ROSTER + roster);
        try (var db = TestData.open()) {
            for (String id : memberIds) {
                db.enrolled(id, 2026, java.time.LocalDate.of(2026, 2, 1), "01");
            }
        }
    }

    static JsonObject invoke(String json) {
        return new JsonObject(given().contentType(ContentType.JSON).accept(ContentType.JSON).body(json).when().post()
                .then().statusCode(200).extract().asString());
    }

    static byte[] object(String key) {
        return LocalS3.s3().getObjectAsBytes(b -> b.bucket(LocalS3.BUCKET).key(key)).asByteArray();
    }

    static List<String> keys(String prefix) {
        return LocalS3.s3().listObjectsV2(b -> b.bucket(LocalS3.BUCKET).prefix(prefix)).contents().stream()
                .map(o -> o.key()).sorted().toList();
    }

    static String value(String sql) {
        try (var db = TestData.open()) {
            return db.value(String.class, sql);
        }
    }

    static List<Map<String, Object>> rejections(JsonObject report) {
        JsonArray listed = report.getJsonArray("rejections");
        return IntStream.range(0, listed.size()).mapToObj(i -> listed.getJsonObject(i).getMap()).toList();
    }

    @Test
    void theDailyRunWritesOneLargePrintSummaryPerCompletedCmrWithThatMembersItemsOnce() throws IOException {
        enrolled("""
                S-ROSA,S5801,S5801-001,Rosa,Quintero,1951-04-02,62704,2175550101,1482 Juniper Hollow Rd,Apt 3B,Springfield,il
                S-SAM,S5801,S5801-001,Sam,Okafor,1955-09-09,62702,2175550102,77 Elm St,,Peoria,IL
                S-NOADDR,S5801,S5801-001,Nora,Nowhere,1950-01-01,62703,2175550103,,,,
                """, "S-ROSA", "S-SAM", "S-NOADDR");
        deliverClean("cmrs/s-2026-06.csv", CMRS
                + "CMR-S-ROSA,S-ROSA,2026-06-22,TELEPHONE,MTM_VENDOR_IN_HOUSE_PHARMACIST,BENEFICIARY,\n"
                + "CMR-S-SAM,S-SAM,2026-06-23,TELEHEALTH,LOCAL_PHARMACIST,BENEFICIARY,\n"
                + "CMR-S-NOADDR,S-NOADDR,2026-06-23,TELEPHONE,LOCAL_PHARMACIST,BENEFICIARY,\n"
                + "CMR-S-NOACTION,S-SAM,2026-06-24,TELEPHONE,LOCAL_PHARMACIST,BENEFICIARY,\n"
                + "CMR-S-NOITEMS,S-ROSA,2026-06-25,TELEPHONE,LOCAL_PHARMACIST,BENEFICIARY,\n");
        deliverClean("cmr-summary-items/s-2026-06.csv", ITEMS
                + "CMR-S-ROSA,S-ROSA,MEDICATION,1,Furosemide 20 mg tablet,1 tablet every morning,Heart failure,Dr. Chinedu Okafor,2023-02-10,,,,,,\n"
                + "CMR-S-ROSA,S-ROSA,MEDICATION,2,Ibuprofen 200 mg tablet,2 tablets when needed,Knee pain,Over the counter,2025-08-01,2026-06-22,Can make heart failure worse,,,,\n"
                + "CMR-S-ROSA,S-ROSA,ACTION_ITEM,1,,,,,,,,You take ibuprofen most days for knee pain,Stop taking ibuprofen and use acetaminophen instead,,\n"
                + "CMR-S-ROSA,S-ROSA,FOLLOW_UP,1,,,,,,,,,,,Weigh myself every morning\n"
                + "CMR-S-ROSA,S-ROSA,QUESTION,1,,,,,,,,,,,Should I still take aspirin every day?\n"
                + "CMR-S-ROSA,S-ROSA,ALLERGY,1,,,,,,,,,,,Penicillin: rash and hives\n"
                + "CMR-S-SAM,S-SAM,MEDICATION,1,Metformin 500 mg tablet,1 tablet twice a day with meals,Diabetes,Dr. Priya Raman,2019-06-03,,,,,,\n"
                + "CMR-S-SAM,S-SAM,ACTION_ITEM,1,,,,,,,,You sometimes forget your evening metformin,Keep the bottle where you eat supper,,\n"
                + "CMR-S-NOADDR,S-NOADDR,MEDICATION,1,Lisinopril 10 mg tablet,1 tablet daily,Blood pressure,,,,,,,,\n"
                + "CMR-S-NOADDR,S-NOADDR,ACTION_ITEM,1,,,,,,,,Blood pressure at home,Check it twice a week,,\n"
                + "CMR-S-NOACTION,S-SAM,MEDICATION,1,Amlodipine 5 mg tablet,1 tablet daily,Blood pressure,,,,,,,,\n");

        LogCapture logs = new LogCapture();
        java.util.logging.Logger.getLogger("").addHandler(logs);
        JsonObject answer;
        try {
            answer = invoke(SCHEDULE_JUNE_30);
        } finally {
            java.util.logging.Logger.getLogger("").removeHandler(logs);
        }
        assertThat(logs.lines).as("the capture saw the run's line").anyMatch(l -> l.contains("cmr summary run"));
        assertThat(logs.lines).as("no name, date of birth, ZIP, address or medicine in any log line")
                .noneMatch(l -> l.contains("Quintero") || l.contains("Okafor") || l.contains("1951") || l.contains("62704")
                        || l.contains("Juniper") || l.contains("Furosemide") || l.contains("Metformin"));

        assertThat(answer.getString("status")).isEqualTo("RENDERED");
        assertThat(answer.getString("date")).isEqualTo("2026-06-30");
        assertThat(answer.getJsonArray("noMailingAddress").getList()).contains("CMR-S-NOADDR")
                .doesNotContain("CMR-S-ROSA", "CMR-S-SAM");
        assertThat(answer.getJsonArray("noActionItems").getList()).contains("CMR-S-NOACTION")
                .doesNotContain("CMR-S-ROSA", "CMR-S-SAM");
        assertThat(answer.getJsonArray("cmrsWithoutItems").getList()).contains("CMR-S-NOITEMS")
                .doesNotContain("CMR-S-ROSA", "CMR-S-SAM");

        String folder = "reports/cmr-summaries/2026-06-30/";
        String rosaKey = value("select object_key from cmr_summary_document where cmr_id = 'CMR-S-ROSA'");
        String samKey = value("select object_key from cmr_summary_document where cmr_id = 'CMR-S-SAM'");
        assertThat(List.of(rosaKey, samKey)).allMatch(k -> k.matches(folder + "[0-9a-f-]{36}\\.pdf"));
        assertThat(value("select count(*)::text from cmr_summary_document where cmr_id in ('CMR-S-NOADDR', 'CMR-S-NOACTION', 'CMR-S-NOITEMS')"))
                .isEqualTo("0");
        byte[] rosaPdf = object(rosaKey);
        assertThat(value("select sha256 from cmr_summary_document where cmr_id = 'CMR-S-ROSA'"))
                .isEqualTo(CmrSummaryHandler.sha256(rosaPdf));
        try (var rosa = new PdfPages(rosaPdf); var sam = new PdfPages(object(samKey))) {
            String r = rosa.text();
            assertThat(r).contains("Rosa Quintero").contains("1482 Juniper Hollow Rd").contains("Apt 3B")
                    .contains("Springfield, IL 62704").contains("04/02/1951")
                    .contains("Furosemide 20 mg tablet").contains("Ibuprofen 200 mg tablet").contains("Dr. Chinedu Okafor")
                    .contains("Can make heart failure worse").contains("Stop taking ibuprofen and use acetaminophen instead")
                    .contains("Weigh myself every morning").contains("Should I still take aspirin every day?")
                    .contains("Penicillin: rash and hives").contains("1-866-352-5305")
                    .doesNotContain("Metformin").doesNotContain("Okafor, Sam").doesNotContain("Sam Okafor")
                    .doesNotContain("Amlodipine");
            assertThat(sam.text()).contains("Sam Okafor").contains("77 Elm St").contains("Metformin 500 mg tablet")
                    .contains("Keep the bottle where you eat supper").doesNotContain("Furosemide")
                    .doesNotContain("Amlodipine").doesNotContain("Rosa");
            // 14 pt, less the renderer's rounding of points to its internal units (as CmrSummaryDocumentTest).
            assertThat(rosa.smallestGlyphPoints()).as("large print").isGreaterThanOrEqualTo(13.95f);
            assertThat(sam.smallestGlyphPoints()).as("large print").isGreaterThanOrEqualTo(13.95f);
            // The cover letter as the member sees it, from stored data (README: src/functions/cmr-summary/samples/).
            assertThat(rosa.writePng(java.nio.file.Path.of("target", "samples"), "cmr-summary-from-data", 1, 100))
                    .hasSize(1);
        }
        // Rendering is not mailing: the CMS file's "date summary sent" stays the vendor's (none here).
        assertThat(value("select count(*)::text from cmr where cmr_id like 'CMR-S-%' and summary_sent_date is not null"))
                .isEqualTo("0");

        JsonObject summary = new JsonObject(new String(object(folder + "summary.json")));
        assertThat(summary.getInteger("noMailingAddressCount")).isPositive();
        assertThat(summary.encode()).doesNotContain("Quintero").doesNotContain("1951").doesNotContain("Juniper")
                .doesNotContain("62704");
        assertThat(keys(folder)).noneMatch(k -> k.contains("ROSA") || k.contains("S-") || k.contains("Quintero"));

        // The schedule fires again: nothing rendered or written a second time.
        List<String> before = keys(folder);
        var modified = LocalS3.s3().headObject(b -> b.bucket(LocalS3.BUCKET).key(rosaKey)).lastModified();
        JsonObject again = invoke(SCHEDULE_JUNE_30);
        assertThat(again.getString("status")).isEqualTo("ALREADY_RUN");
        assertThat(keys(folder)).isEqualTo(before);
        assertThat(LocalS3.s3().headObject(b -> b.bucket(LocalS3.BUCKET).key(rosaKey)).lastModified()).isEqualTo(modified);
        // The next day's run finds nothing new to render for these CMRs either.
        JsonObject nextDay = invoke("{\"date\":\"2026-07-01\"}");
        assertThat(nextDay.getString("status")).isEqualTo("RENDERED");
        assertThat(keys(folder)).isEqualTo(before);
        assertThat(value("select count(*)::text from cmr_summary_document where cmr_id = 'CMR-S-ROSA'")).isEqualTo("1");

        // The roster brings Nora's address: her CMR is rendered on demand.
        deliverClean("members/s-noaddr-address.csv", ROSTER
                + "S-NOADDR,S5801,S5801-001,Nora,Nowhere,1950-01-01,62703,2175550103,5 Oak Ct,,Decatur,IL\n");
        JsonObject one = invoke("{\"cmrId\":\"CMR-S-NOADDR\",\"date\":\"2026-07-01\"}");
        assertThat(one.getString("status")).isEqualTo("RENDERED");
        assertThat(one.getString("objectKey")).startsWith("reports/cmr-summaries/2026-07-01/");
        try (var nora = new PdfPages(object(one.getString("objectKey")))) {
            assertThat(nora.text()).contains("5 Oak Ct").contains("Decatur, IL 62703").contains("Lisinopril 10 mg tablet");
        }
        assertThat(invoke("{\"cmrId\":\"CMR-S-NOADDR\",\"date\":\"2026-07-01\"}").getString("status"))
                .isEqualTo("ALREADY_RENDERED");
        assertThat(invoke("{\"cmrId\":\"CMR-S-NOACTION\"}").getString("reason")).isEqualTo("NO_ACTION_ITEMS");
        assertThat(invoke("{\"cmrId\":\"CMR-S-NOITEMS\"}").getString("reason")).isEqualTo("NO_ITEMS");
        assertThat(invoke("{\"cmrId\":\"CMR-NOBODY\"}").getString("status")).isEqualTo("UNKNOWN_CMR");
        assertThat(invoke("{\"cmrId\":\"x' or 1=1\"}").getString("status")).isEqualTo("INVALID_INPUT");
        assertThat(invoke("{\"date\":\"2027-01-01\"}").getString("status")).isEqualTo("INVALID_INPUT");
    }

    @Test
    void aCorrectedItemsFileReplacesTheCmrsItemsAndGetsANewSummaryAndARedeliveryChangesNothing() throws IOException {
        enrolled("C-ANA,S5801,S5801-001,Ana,Correa,1949-05-05,60601,3125550111,12 Lake Shore Dr,,Chicago,IL\n", "C-ANA");
        deliverClean("cmrs/c-ana.csv", CMRS + "CMR-C-ANA,C-ANA,2026-06-10,TELEPHONE,LOCAL_PHARMACIST,BENEFICIARY,2026-06-12\n");
        String first = ITEMS
                + "CMR-C-ANA,C-ANA,MEDICATION,1,Warfarin 5 mg tablet,1 tablet at supper,Blood clots,,,,,,,,\n"
                + "CMR-C-ANA,C-ANA,MEDICATION,2,Aspirin 81 mg tablet,1 tablet daily,Heart,,,,,,,,\n"
                + "CMR-C-ANA,C-ANA,ACTION_ITEM,1,,,,,,,,Warfarin and aspirin together,Ask Dr. Lee whether to stop aspirin,,\n";
        deliverClean("cmr-summary-items/c-ana.csv", first);
        JsonObject rendered = invoke("{\"cmrId\":\"CMR-C-ANA\",\"date\":\"2026-06-29\"}");
        assertThat(rendered.getString("status")).isEqualTo("RENDERED");

        // The same object delivered again: DUPLICATE, nothing changes, nothing new is due.
        String eTag = LocalS3.put("cmr-summary-items/c-ana.csv", first);
        IntakeObject again = LocalS3.intakeObject("cmr-summary-items/c-ana.csv", eTag);
        assertThat(intake.process(again, new BucketObjects(LocalS3.s3(), LocalS3.BUCKET), "dup", Instant.now().plusSeconds(600))
                .status()).isEqualTo(IntakeResult.Status.DUPLICATE);
        assertThat(invoke("{\"cmrId\":\"CMR-C-ANA\",\"date\":\"2026-06-29\"}").getString("status")).isEqualTo("ALREADY_RENDERED");

        // A corrected file (aspirin stopped, no longer listed): the CMR's items are the new list, and a new summary.
        deliverClean("cmr-summary-items/c-ana-corrected.csv", ITEMS
                + "CMR-C-ANA,C-ANA,MEDICATION,1,Warfarin 5 mg tablet,1 tablet at supper,Blood clots,,,,,,,,\n"
                + "CMR-C-ANA,C-ANA,ACTION_ITEM,1,,,,,,,,Warfarin and aspirin together,Stop aspirin as Dr. Lee said,Stopped aspirin on 06/28,\n");
        assertThat(value("select string_agg(item_type || ':' || coalesce(medicine, what_i_need_to_do), '|' order by item_type, item_no) from cmr_item where cmr_id = 'CMR-C-ANA'"))
                .isEqualTo("ACTION_ITEM:Stop aspirin as Dr. Lee said|MEDICATION:Warfarin 5 mg tablet");
        JsonObject corrected = invoke("{\"cmrId\":\"CMR-C-ANA\",\"date\":\"2026-06-30\"}");
        assertThat(corrected.getString("status")).isEqualTo("RENDERED");
        assertThat(corrected.getString("objectKey")).isNotEqualTo(rendered.getString("objectKey"));
        try (var pdf = new PdfPages(object(corrected.getString("objectKey")))) {
            assertThat(pdf.text()).contains("Stopped aspirin on 06/28").doesNotContain("Aspirin 81 mg");
        }
        assertThat(value("select summary_sent_date::text from cmr where cmr_id = 'CMR-C-ANA'"))
                .as("the vendor's date stays").isEqualTo("2026-06-12");
    }

    @Test
    void brokenRowsAreListedAndHoldBackTheirWholeCmrAnUnknownCmrIsRefused() {
        enrolled("B-BEN,S5801,S5801-001,Ben,Broken,1952-02-02,60601,3125550121,1 Main St,,Chicago,IL\n"
                + "B-BEA,S5801,S5801-001,Bea,Other,1953-03-03,60601,3125550122,2 Main St,,Chicago,IL\n", "B-BEN", "B-BEA");
        deliverClean("cmrs/b.csv", CMRS + "CMR-B-BEN,B-BEN,2026-06-01,TELEPHONE,LOCAL_PHARMACIST,BENEFICIARY,\n"
                + "CMR-B-BEA,B-BEA,2026-06-01,TELEPHONE,LOCAL_PHARMACIST,BENEFICIARY,\n");
        deliverClean("cmr-summary-items/b-first.csv", ITEMS
                + "CMR-B-BEN,B-BEN,MEDICATION,1,Old list medicine,,,,,,,,,,\n"
                + "CMR-B-BEN,B-BEN,ACTION_ITEM,1,,,,,,,,Old talk,Old to-do,,\n");
        // Enough good rows (Bea's) that the refusals stay under the 1 % threshold and the rest applies.
        StringBuilder file = new StringBuilder(ITEMS);
        for (int i = 1; i <= 700; i++) {
            file.append("CMR-B-BEA,B-BEA,MEDICATION,").append(i).append(",Medicine ").append(i).append(",,,,,,,,,,\n");
        }
        file.append("CMR-B-BEA,B-BEA,ACTION_ITEM,1,,,,,,,,Talk,To-do,,\n"); // line 702
        file.append("CMR-B-BEN,B-BEN,MEDICATION,1,New list medicine,,,,2027-01-01,,,,,,\n"); // 703 future date
        file.append("CMR-B-BEN,B-BEN,ACTION_ITEM,1,,,,,,,,New talk,New to-do,,\n"); // 704 held back with 703
        file.append("CMR-B-NONE,B-BEN,MEDICATION,1,Anything,,,,,,,,,,\n"); // 705 unknown CMR
        file.append("CMR-B-BEN,B-BEA,QUESTION,1,,,,,,,,,,,Whose?\n"); // 706 another member's CMR
        file.append("CMR-B-BEN,B-BEN,PRESCRIPTION,1,,,,,,,,,,,\n"); // 707 unknown type
        JsonObject report = deliver("cmr-summary-items/b-second.csv", file.toString());

        assertThat(report.getString("status")).as(report.encode()).isEqualTo("APPLIED");
        assertThat(rejections(report)).containsExactly(
                Map.of("line", 703, "column", "date_started", "reason", "date out of range"),
                Map.of("line", 704, "column", "cmr_id", "reason", "another row of this CMR was refused: none of its rows applied"),
                Map.of("line", 705, "column", "cmr_id", "reason", "unknown cmr_id (load the CMR from cmrs/ first)"),
                Map.of("line", 706, "column", "member_id", "reason", "not the member of that CMR"),
                Map.of("line", 707, "column", "item_type", "reason",
                        "unknown code: must be one of MEDICATION, ACTION_ITEM, FOLLOW_UP, QUESTION, ALLERGY or OTHER_INFORMATION"));
        assertThat(report.encode()).doesNotContain("New list medicine").doesNotContain("PRESCRIPTION").doesNotContain("Whose");
        assertThat(value("select string_agg(coalesce(medicine, talked_about), '|' order by item_type, item_no) from cmr_item where cmr_id = 'CMR-B-BEN'"))
                .as("Ben's stored items stay as they were").isEqualTo("Old talk|Old list medicine");
        assertThat(value("select count(*)::text from cmr_item where cmr_id = 'CMR-B-BEA'")).as("Bea's CMR applies")
                .isEqualTo("701");

        JsonObject header = deliver("cmr-summary-items/b-bad-header.csv", "cmr_id,item_type,medicine\nCMR-B-BEN,MEDICATION,X\n");
        assertThat(header.getString("status")).isEqualTo("REJECTED");
    }

    @Test
    void theRosterMailingAddressIsOptionalWholeAndKeptWhenAFileOmitsIt() {
        enrolled("A-AMY,S5801,S5801-001,Amy,Address,1950-07-07,60601,3125550131,9 Pine Rd,Unit 2,Evanston,IL\n", "A-AMY");
        // An older roster without the address columns loads and keeps the stored address.
        deliverClean("members/a-old-layout.csv", "member_id,contract_id,plan_id,first_name,last_name,date_of_birth,zip\n"
                + "A-AMY,S5801,S5801-001,Amy,Address,1950-07-07,60601\n");
        assertThat(value("select address_line1 || '|' || address_line2 || '|' || city || '|' || state from member where member_id = 'A-AMY'"))
                .isEqualTo("9 Pine Rd|Unit 2|Evanston|IL");
        // A new address replaces the old one whole (its second line goes).
        deliverClean("members/a-moved.csv", ROSTER + "A-AMY,S5801,S5801-001,Amy,Address,1950-07-07,60602,3125550131,40 Birch Ln,,Skokie,IL\n");
        assertThat(value("select address_line1 || '|' || coalesce(address_line2, '-') || '|' || city || '|' || zip from member where member_id = 'A-AMY'"))
                .isEqualTo("40 Birch Ln|-|Skokie|60602");
        JsonObject broken = deliver("members/a-broken.csv", ROSTER
                + "A-AMY,S5801,S5801-001,Amy,Address,1950-07-07,60602,3125550131,,,Skokie,IL\n"
                + "A-AMY,S5801,S5801-001,Amy,Address,1950-07-07,60602,3125550131,1 Way,,,IL\n"
                + "A-AMY,S5801,S5801-001,Amy,Address,1950-07-07,60602,3125550131,1 Way,,Skokie,Illinois\n");
        assertThat(rejections(broken)).containsExactly(
                Map.of("line", 2, "column", "address_line1", "reason", "required with city"),
                Map.of("line", 3, "column", "city", "reason", "required value is missing"),
                Map.of("line", 4, "column", "state", "reason", "not a two-letter USPS state code"));
        assertThat(broken.encode()).doesNotContain("Skokie").doesNotContain("1 Way");
    }

    @Test
    void theFunctionsOwnRoleReadsTheMailingAddressButNeverThePhoneOrMbi() throws SQLException {
        try (var c = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), "mtm_cmr_summary", "");
                var s = c.createStatement()) {
            s.executeQuery("select address_line1, address_line2, city, state, zip, date_of_birth from member limit 1").close();
            s.executeQuery("select count(*) from cmr_item").close();
            for (String denied : List.of("select phone_e164 from member", "select mbi from member",
                    "select count(*) from pharmacy_claim", "delete from cmr_item", "update cmr set summary_sent_date = null",
                    "delete from cmr_summary_document")) {
                assertThat(sqlState(s, denied)).as(denied).isEqualTo("42501");
            }
        }
    }

    private static String sqlState(java.sql.Statement s, String sql) {
        try {
            s.execute(sql);
            return "ok";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }
}
