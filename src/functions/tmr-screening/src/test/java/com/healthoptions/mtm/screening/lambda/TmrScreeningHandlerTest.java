package com.healthoptions.mtm.screening.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.s3.LocalS3;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quarterly TMR run through the packaged function, as EventBridge Scheduler invokes it, connected as its own
 * database role: every enrollee screened and stored as a TMR with findings, one PDF letter per prescriber in the
 * directory listing exactly their patients' findings with the evidence, the prescriber missing from the directory
 * reported, and a re-fired schedule changing nothing.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = PostgresTestDatabase.ROLE,
        value = "mtm_tmr_screening"))
@WithTestResource(LocalS3.class)
class TmrScreeningHandlerTest {

    static final String DR_ADAMS = "1234567893";
    static final String DR_BAKER = "1245319599";
    static final String NOT_LISTED = "1987654328";

    static final String SCHEDULE_JUNE_30 = """
            {"scheduledTime":"2026-06-30T12:00:00Z",
             "scheduleArn":"arn:aws:scheduler:us-east-1:123456789012:schedule/default/mtm-tmr-screening",
             "executionId":"q2-2026","attemptNumber":"1"}""";

    static JsonObject invoke(String json) {
        return new JsonObject(given().contentType(ContentType.JSON).accept(ContentType.JSON).body(json).when().post()
                .then().statusCode(200).extract().asString());
    }

    static void fill(TestData db, String claimId, String memberId, LocalDate date, String drug, int days, String npi) {
        db.update("""
                insert into pharmacy_claim (claim_id, member_id, fill_date, drug_name, days_supply, quantity, gross_cost,
                                            prescriber_npi)
                values (?, ?, ?, ?, ?, 30, 10, ?)""", claimId, memberId, date, drug, days, npi);
    }

    @BeforeAll
    static void members() {
        try (var db = TestData.open()) {
            db.update("""
                    insert into prescriber (npi, name, address_line1, city, state, zip) values
                      (?, 'Avery Adams, MD', '100 Main St', 'Springfield', 'IL', '62701'),
                      (?, 'Blair Baker, DO', '200 Oak Ave', 'Peoria', 'IL', '61602')
                    on conflict do nothing""", DR_ADAMS, DR_BAKER);
            // T1: atorvastatin (Adams) and rosuvastatin (Baker) together all spring: a duplicate both are told of.
            db.member("T1", TestData.SEED_PLAN, LocalDate.of(1951, 4, 2), "62704", "+12175550101")
                    .update("update member set first_name = 'Rosa', last_name = 'Quintero' where member_id = 'T1'")
                    .enrolled("T1", 2026, LocalDate.of(2026, 1, 15), "01");
            for (int i = 0; i < 6; i++) {
                fill(db, "T1-A" + i, "T1", LocalDate.of(2026, 1, 5).plusDays(30L * i), "ATORVASTATIN 20 MG TAB", 30, DR_ADAMS);
            }
            for (int i = 0; i < 5; i++) {
                fill(db, "T1-R" + i, "T1", LocalDate.of(2026, 2, 1).plusDays(30L * i), "ROSUVASTATIN 10 MG TAB", 30, DR_BAKER);
            }
            // T2: metformin from a prescriber the directory does not list, no statin: findings, no letter.
            db.member("T2", TestData.SEED_PLAN, LocalDate.of(1955, 9, 9), "62704", "+12175550102")
                    .update("update member set first_name = 'Sam', last_name = 'Okafor' where member_id = 'T2'")
                    .enrolled("T2", 2026, LocalDate.of(2026, 2, 1), "01");
            fill(db, "T2-M1", "T2", LocalDate.of(2026, 1, 10), "METFORMIN 500 MG TAB", 30, NOT_LISTED);
            fill(db, "T2-M2", "T2", LocalDate.of(2026, 4, 15), "METFORMIN 500 MG TAB", 30, NOT_LISTED);
            // T3 opted out: the same statins, never screened into a letter.
            db.member("T3", TestData.SEED_PLAN, LocalDate.of(1949, 1, 1), "62704", "+12175550103")
                    .update("update member set first_name = 'Olga', last_name = 'Optedout' where member_id = 'T3'")
                    .enrolled("T3", 2026, LocalDate.of(2026, 1, 15), "01")
                    .update("update mtm_enrollment set opt_out_date = '2026-03-01', opt_out_reason = '03' where member_id = 'T3'");
            for (int i = 0; i < 5; i++) {
                fill(db, "T3-A" + i, "T3", LocalDate.of(2026, 1, 5).plusDays(30L * i), "ATORVASTATIN 20 MG TAB", 30, DR_ADAMS);
                fill(db, "T3-R" + i, "T3", LocalDate.of(2026, 1, 5).plusDays(30L * i), "ROSUVASTATIN 10 MG TAB", 30, DR_ADAMS);
            }
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static byte[] object(String key) {
        return LocalS3.s3().getObjectAsBytes(b -> b.bucket(LocalS3.BUCKET).key(key)).asByteArray();
    }

    static List<String> keys(String prefix) {
        return LocalS3.s3().listObjectsV2(b -> b.bucket(LocalS3.BUCKET).prefix(prefix)).contents().stream()
                .map(o -> o.key()).sorted().toList();
    }

    static long count(String sql) {
        try (var c = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password()); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theQuarterlyRunStoresEveryEnrolleesTmrAndWritesOneLetterPerListedPrescriberOnce() throws IOException {
        JsonObject answer = invoke(SCHEDULE_JUNE_30);

        assertThat(answer.getString("status")).isEqualTo("SCREENED");
        assertThat(answer.getString("date")).isEqualTo("2026-06-30");
        assertThat(answer.getInteger("membersScreened")).as("the opted-out member is not screened").isEqualTo(2);
        assertThat(answer.getInteger("membersWithFindings")).isEqualTo(2);
        assertThat(answer.getInteger("lettersWritten")).isEqualTo(2);
        assertThat(answer.getJsonArray("prescribersNotInDirectory").getList()).containsExactly(NOT_LISTED);
        assertThat(count("select count(*) from tmr where source = 'SCREENING' and tmr_date = '2026-06-30'")).isEqualTo(2);
        assertThat(count("select count(*) from tmr where member_id = 'T3'")).isZero();
        // CMS counts recommendations to prescribers: T1's findings went out in the letters, T2's reached no one.
        long t1Findings = count("""
                select count(*) from tmr_finding f join tmr t on t.id = f.tmr_id
                where t.member_id = 'T1' and t.tmr_date = '2026-06-30'""");
        assertThat(t1Findings).isPositive();
        assertThat(count("select recommendations_sent from tmr where member_id = 'T1' and tmr_date = '2026-06-30'"))
                .isEqualTo(t1Findings);
        assertThat(count("select recommendations_sent from tmr where member_id = 'T2' and tmr_date = '2026-06-30'"))
                .as("findings whose prescriber the directory lacks: no letter, no recommendation sent").isZero();

        String folder = "reports/tmr/2026-06-30/prescriber-letters/";
        List<String> letters = keys(folder);
        assertThat(letters).hasSize(2).allMatch(k -> k.matches(folder + "[0-9a-f-]{36}\\.pdf"));
        String adams = text(object(folder + TmrScreeningHandler.letterId(LocalDate.of(2026, 6, 30), DR_ADAMS) + ".pdf"));
        String baker = text(object(folder + TmrScreeningHandler.letterId(LocalDate.of(2026, 6, 30), DR_BAKER) + ".pdf"));
        for (String letter : List.of(adams, baker)) {
            assertThat(letter).contains("Rosa Quintero").contains("Duplicate therapy")
                    .contains("Fill: atorvastatin, filled 01/05/2026, 30 days supply").contains("Fill: rosuvastatin, filled 02/01/2026")
                    .doesNotContain("Okafor").doesNotContain("Optedout");
        }
        assertThat(adams).contains("Avery Adams, MD").contains(DR_ADAMS).doesNotContain("Blair Baker");
        assertThat(baker).contains("Blair Baker, DO").contains("200 Oak Ave");

        JsonObject summary = new JsonObject(new String(object("reports/tmr/2026-06-30/summary.json")));
        assertThat(summary.getInteger("lettersWritten")).isEqualTo(2);
        assertThat(summary.encode()).doesNotContain("Quintero").doesNotContain("1951");

        // The schedule fires again: nothing is screened or written a second time.
        var before = LocalS3.s3().headObject(b -> b.bucket(LocalS3.BUCKET).key(letters.getFirst())).lastModified();
        JsonObject again = invoke(SCHEDULE_JUNE_30);
        assertThat(again.getString("status")).isEqualTo("ALREADY_SCREENED");
        assertThat(again.getInteger("lettersWritten")).isEqualTo(2);
        assertThat(keys(folder)).isEqualTo(letters);
        assertThat(LocalS3.s3().headObject(b -> b.bucket(LocalS3.BUCKET).key(letters.getFirst())).lastModified())
                .isEqualTo(before);
        assertThat(count("select count(*) from tmr where source = 'SCREENING' and tmr_date = '2026-06-30'")).isEqualTo(2);
    }

    @Test
    void oneMemberOnDemandIsScreenedAndStoredAndBadInputIsAnsweredNotRetried() {
        JsonObject one = invoke("{\"memberId\":\"T2\",\"date\":\"2026-06-29\"}");
        assertThat(one.getString("status")).isEqualTo("MEMBER_SCREENED");
        assertThat(one.getBoolean("tmrStored")).isTrue();
        assertThat(one.getInteger("findings")).isPositive();
        assertThat(count("select count(*) from tmr where member_id = 'T2' and tmr_date = '2026-06-29'")).isEqualTo(1);
        assertThat(count("select recommendations_sent from tmr where member_id = 'T2' and tmr_date = '2026-06-29'"))
                .as("on demand no letter is written").isZero();

        JsonObject optedOut = invoke("{\"memberId\":\"T3\",\"date\":\"2026-06-29\"}");
        assertThat(optedOut.getBoolean("tmrStored")).as("not enrolled that day: screened, nothing stored").isFalse();

        assertThat(invoke("{\"memberId\":\"NOBODY\",\"date\":\"2026-06-29\"}").getString("status")).isEqualTo("UNKNOWN_MEMBER");
        assertThat(invoke("{\"memberId\":\"x' or 1=1\"}").getString("status")).isEqualTo("INVALID_INPUT");
        assertThat(invoke("{\"date\":\"30/06/2026\"}").getString("status")).isEqualTo("INVALID_INPUT");
        assertThat(invoke("{\"date\":\"2027-01-01\"}").getString("status")).isEqualTo("INVALID_INPUT");
    }

    @Test
    void aMemberIdIsReadByTheSchemasRuleAndADateByTheStrictDateRule() {
        assertThat(invoke("{\"memberId\":\"NO_BODY\",\"date\":\"2026-06-29\"}").getString("status"))
                .as("'_' is allowed in a member id").isEqualTo("UNKNOWN_MEMBER");
        JsonObject tooLong = invoke("{\"memberId\":\"" + "M".repeat(41) + "\",\"date\":\"2026-06-29\"}");
        assertThat(tooLong.getString("status")).as("over the schema's 40 characters").isEqualTo("INVALID_INPUT");
        assertThat(tooLong.getString("message")).isEqualTo("memberId must be 1-40 letters, digits, '-' or '_'");
        JsonObject impossible = invoke("{\"date\":\"2026-02-30\"}");
        assertThat(impossible.getString("status")).isEqualTo("INVALID_INPUT");
        assertThat(impossible.getString("message")).isEqualTo("date is not a calendar date");
    }
}
