package com.healthoptions.mtm.program.cms.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.intake.ClaimsIntake;
import com.healthoptions.mtm.intake.IntakeObject;
import com.healthoptions.mtm.intake.IntakeOutputs;
import com.healthoptions.mtm.intake.IntakeResult;
import com.healthoptions.mtm.s3.BucketObjects;
import com.healthoptions.mtm.s3.LocalS3;
import com.healthoptions.mtm.testing.FixedPlanClock;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import com.healthoptions.mtm.verification.IssueOutcome;
import com.healthoptions.mtm.verification.IssueRequest;
import com.healthoptions.mtm.verification.PinChallenges;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A member's year, from targeting to the CMS file: roster and claims (targeted and enrolled by the intake),
 * the enrollment mailer with its CMR offer, an outbound call that leaves a voicemail with the PIN the IVR
 * issued, a CMR with its written summary, two TMRs and a safe-disposal notice, all as files in the intake
 * bucket through the intake engine; then the schedule's event builds the CMS file. Beside her, a member who
 * opts out and one who leaves the plan carry their codes, and one without an MBI is held back and reported.
 *
 * <p>The files go through {@link ClaimsIntake#process} exactly as the claims-intake handler hands them
 * (that handler's S3 event parsing is tested in its own module); the CMS function gets its real
 * EventBridge Scheduler event through the Lambda mock event server.
 */
@QuarkusTest
// The year is played through the intake engine and the PIN issue as well as this function: it connects with
// the three functions' grants together (see PostgresTestDatabase).
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = PostgresTestDatabase.ROLE,
        value = "mtm_cms_mtm_file,mtm_claims_intake,mtm_pin_verification"))
@WithTestResource(LocalS3.class)
class MemberJourneyToCmsFileTest {

    static final List<String> EIGHT_DRUGS = List.of("LISINOPRIL 10 MG TAB", "ATORVASTATIN 20 MG TAB",
            "METFORMIN 500 MG TAB", "LEVOTHYROXINE 50 MCG", "AMLODIPINE 5 MG", "OMEPRAZOLE 20 MG", "SERTRALINE 50 MG",
            "TAMSULOSIN 0.4 MG");

    @Inject
    ClaimsIntake intake;

    @Inject
    PinChallenges pins;

    private int invocation;

    /** Puts the file in the bucket and hands its object version to the intake, as an S3 event would. */
    IntakeResult deliver(String key, String content) {
        return deliverAgain(key, LocalS3.put(key, content));
    }

    IntakeResult deliverAgain(String key, String eTag) {
        IntakeObject object = LocalS3.intakeObject(key, eTag);
        IntakeOutputs outputs = new BucketObjects(LocalS3.s3(), LocalS3.BUCKET);
        try {
            IntakeResult r = intake.process(object, outputs, "journey-" + (++invocation), Instant.now().plusSeconds(600));
            assertThat(r.status()).as(key).isIn(IntakeResult.Status.APPLIED, IntakeResult.Status.DUPLICATE);
            JsonObject report = new JsonObject(LocalS3.text(r.reportKey()));
            assertThat(report.getLong("rowsRejected", 0L)).as(key + " " + report.encode()).isZero();
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String claims(String memberId) {
        return IntStream.range(0, EIGHT_DRUGS.size())
                .mapToObj(i -> memberId + "-C" + i + "," + memberId + ",2026-0" + (1 + i % 2) + "-1" + i + ",,"
                        + EIGHT_DRUGS.get(i) + ",30,30,100.00,P\n")
                .collect(Collectors.joining());
    }

    static Response schedule(String json) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(json).when().post();
    }

    static final String FEBRUARY_SCHEDULE = """
            {"scheduledTime":"2027-02-01T12:00:00Z",
             "scheduleArn":"arn:aws:scheduler:us-east-1:123456789012:schedule/default/mtm-cms-mtm-file-monthly",
             "executionId":"d32c5kddcf5bb8c3","attemptNumber":"1"}""";

    @Test
    void aMembersYearLandsInTheCmsFileWithEveryFieldRight() throws IOException {
        FixedPlanClock.setToday(LocalDate.of(2026, 3, 2));
        deliver("members/2026-03-02 roster.csv", """
                member_id,contract_id,plan_id,first_name,last_name,date_of_birth,zip,phone,mbi
                J-ADA,S5801,S5801-001,Ada,Lovelace,1948-12-10,60601,3125550101,1EG4-TE5-MK73
                J-OPT,S5801,S5801-001,Alan,Turing,1950-06-23,60602,3125550102,2FG4TE5MK74
                J-DIS,S5801,S5801-001,Grace,Hopper,1946-12-09,60603,3125550103,3HJ5UF6NP85
                J-NOMBI,S5801,S5801-001,Edsger,Dijkstra,1940-05-11,60604,3125550104,
                """);
        deliver("pharmacy-claims/2026-03-02.csv",
                "claim_id,member_id,fill_date,ndc,drug_name,days_supply,quantity,gross_cost,claim_status\n"
                        + claims("J-ADA") + claims("J-OPT") + claims("J-DIS") + claims("J-NOMBI"));
        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, """
                    select count(*) from mtm_enrollment where member_id like 'J-%' and plan_year = 2026
                    and enrollment_date = '2026-03-02' and date_met_criteria = '2026-02-17' and reason_targeted = '01'"""))
                    .as("targeted and enrolled by the intake").isEqualTo(4);
        }

        // The outbound call reaches an answering machine: the IVR issues a PIN for the voicemail.
        // (Issued at the real time: the challenge's expiry is checked against the database's clock.)
        FixedPlanClock.setNow(Instant.now());
        IssueOutcome pin = pins.issue(new IssueRequest("journey-call-ada-1", "J-ADA", "+13125550101")).await().indefinitely();
        assertThat(pin.result()).isEqualTo(IssueOutcome.Result.ISSUED);

        FixedPlanClock.setToday(LocalDate.of(2026, 3, 4));
        deliver("outreach-attempts/2026-03-04.csv", """
                attempt_id,member_id,attempted_at,channel,purpose,outcome,contact_id
                OA-ADA-1,J-ADA,2026-03-03T09:00:00-06:00,MAIL,ENROLLMENT_NOTICE,REACHED,
                OA-ADA-2,J-ADA,2026-03-03T14:30:00-06:00,OUTBOUND_CALL,CMR_OFFER,VOICEMAIL_LEFT,journey-call-ada-1
                """);
        deliver("cmr-offers/2026-03-04.csv", """
                offer_id,member_id,offer_date,method,recipient
                OF-ADA-1,J-ADA,2026-03-03,MAIL,BENEFICIARY
                OF-OPT-1,J-OPT,2026-03-03,MAIL,
                OF-ADA-2,J-ADA,2026-03-04,TELEPHONE,CAREGIVER
                """);

        FixedPlanClock.setToday(LocalDate.of(2026, 4, 21));
        deliver("cmrs/2026-04-21.csv", """
                cmr_id,member_id,cmr_date,delivery_method,provider_type,recipient,cognitively_impaired,ltc_resident,summary_sent_date
                CMR-ADA-1,J-ADA,2026-04-14,TELEPHONE,MTM_VENDOR_IN_HOUSE_PHARMACIST,BENEFICIARY,N,N,2026-04-20
                """);
        deliver("safe-disposal-notices/2026-04-21.csv", """
                notice_id,member_id,provided_date,method
                SD-ADA-1,J-ADA,2026-04-14,TELEPHONE
                """);

        // The member portal's opt-out (reason 03) and a disenrollment from the plan (02), as the enrollment table
        // records them (opt-out function; the targeting work will record 01/02 from the roster).
        try (var db = TestData.open()) {
            db.update("update mtm_enrollment set opt_out_date = '2026-05-01', opt_out_reason = '03' where member_id = 'J-OPT' and plan_year = 2026");
            db.update("update mtm_enrollment set opt_out_date = '2026-09-15', opt_out_reason = '02' where member_id = 'J-DIS' and plan_year = 2026");
        }

        FixedPlanClock.setToday(LocalDate.of(2026, 8, 1));
        String tmrFile = """
                tmr_id,member_id,tmr_date,recommendations_sent,recommendations_resolved
                TMR-ADA-1,J-ADA,2026-04-30,3,1
                TMR-ADA-2,J-ADA,2026-07-30,2,2
                TMR-OPT-1,J-OPT,2026-06-15,1,0
                """;
        String tmrETag = LocalS3.put("tmrs/2026-q3.csv", tmrFile);
        deliverAgain("tmrs/2026-q3.csv", tmrETag);
        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, """
                    select count(*) from outreach_attempt a join pin_challenge p on p.id = a.pin_challenge_id
                    where a.attempt_id = 'OA-ADA-2' and p.member_id = 'J-ADA' and p.issued_contact_id = 'journey-call-ada-1'"""))
                    .as("the voicemail is linked to the PIN challenge issued on that call").isEqualTo(1);
        }

        // February 2027: the monthly schedule fires and builds the file of the plan year just ended.
        FixedPlanClock.setToday(LocalDate.of(2027, 2, 1));
        JsonObject answer = new JsonObject(schedule(FEBRUARY_SCHEDULE).then().statusCode(200).extract().asString());
        assertThat(answer.getString("status")).isEqualTo("BUILT");
        assertThat(answer.getInteger("planYear")).isEqualTo(2026);
        JsonObject s5801 = contract(answer, "S5801");
        String dataKey = s5801.getString("dataKey");
        assertThat(dataKey).isEqualTo("reports/cms/S5801/2026/2027-02-01/S5801-2026-mtm.txt");
        assertThat(s5801.getString("status")).isEqualTo("INCOMPLETE");

        String data = LocalS3.text(dataKey);
        assertThat(data.lines()).allSatisfy(l -> assertThat(l).hasSize(174));
        assertThat(data).endsWith("\n").doesNotContain("\r");
        String ada = line(data, "1EG4TE5MK73");
        String expectedAda = "S5801"                 // A contract
                + pad("1EG4TE5MK73", 12)             // B MBI
                + pad("Ada", 30) + pad("Lovelace", 30) // C, D name
                + "19481210"                         // E date of birth
                + "01"                               // F reason targeted: diseases, drugs and cost
                + "N" + "N"                          // G cognitively impaired, H LTC resident (from the CMR)
                + "20260302" + "20260217"            // I enrollment date, J date met criteria (the eighth drug's fill)
                + blank(8) + blank(2)                // K, L no opt-out
                + "Y" + "20260303" + "01"            // M CMR offered, N first offer (the mailer), O to the beneficiary
                + "Y" + "20260414" + "20260420"      // P CMR received, Q its date, R summary sent
                + "02" + "11" + "01"                 // S telephone, T MTM vendor in-house pharmacist, U beneficiary
                + "002" + "20260430"                 // V two TMRs, W the first
                + "05" + "03"                        // X recommendations to prescribers, Y resolved
                + "20260414" + "02";                 // Z safe-disposal information, AA by telephone
        assertThat(ada).isEqualTo(expectedAda);

        String opt = line(data, "2FG4TE5MK74");
        assertThat(opt.substring(85, 115)).as("F..L").isEqualTo("01" + "U" + "U" + "20260302" + "20260217" + "20260501" + "03");
        assertThat(opt.substring(115, 126)).as("M..O: offered before opting out").isEqualTo("Y" + "20260303" + "01");
        assertThat(opt.substring(126, 164)).as("P..Y: no CMR; the TMR after the opt-out does not count")
                .isEqualTo("N" + blank(8) + blank(8) + blank(6) + "000" + blank(8) + "00" + "00");
        String dis = line(data, "3HJ5UF6NP85");
        assertThat(dis.substring(105, 115)).as("K, L: disenrolled").isEqualTo("20260915" + "02");
        assertThat(dis.substring(115, 116)).as("M: never offered").isEqualTo("N");

        JsonObject report = new JsonObject(LocalS3.text(s5801.getString("reportKey")));
        assertThat(report.getString("status")).isEqualTo("INCOMPLETE");
        JsonArray held = report.getJsonArray("heldBack");
        JsonObject noMbi = held.stream().map(JsonObject.class::cast).filter(h -> h.getString("memberId").equals("J-NOMBI"))
                .findFirst().orElseThrow();
        assertThat(noMbi.getJsonArray("failures").getJsonObject(0).getMap())
                .containsEntry("field", "B BENEFICIARY_ID").containsEntry("edit", "V01")
                .containsEntry("reason", "MBI missing from the roster");
        assertThat(data).doesNotContain("Dijkstra");
        assertThat(report.encode()).doesNotContain("Lovelace").doesNotContain("Dijkstra").doesNotContain("1EG4TE5MK73")
                .doesNotContain("19481210");
        assertThat(report.getJsonObject("layout").getString("file")).isEqualTo("cms-mtm-layout/2026.layout");
        assertThat(report.getJsonObject("layout").getJsonArray("fieldsAssumed")).contains("Z SAFE_DISPOSAL_DATE");

        // The schedule fires again (a retry): the build is found done and nothing is rewritten.
        String stamp = LocalS3.lastModified(dataKey);
        JsonObject again = new JsonObject(schedule(FEBRUARY_SCHEDULE).then().statusCode(200).extract().asString());
        assertThat(contract(again, "S5801").getString("status")).isEqualTo("ALREADY_BUILT");
        assertThat(LocalS3.lastModified(dataKey)).isEqualTo(stamp);

        // The TMR file redelivered changes nothing: a rebuild gives the same bytes.
        assertThat(deliverAgain("tmrs/2026-q3.csv", tmrETag).status()).isEqualTo(IntakeResult.Status.DUPLICATE);
        JsonObject rebuilt = new JsonObject(schedule("""
                {"planYear":2026,"contracts":["S5801"],"date":"2027-02-01","rebuild":true}""")
                .then().statusCode(200).extract().asString());
        assertThat(contract(rebuilt, "S5801").getString("status")).isEqualTo("INCOMPLETE");
        assertThat(LocalS3.text(dataKey)).isEqualTo(data);
    }

    private static JsonObject contract(JsonObject answer, String contract) {
        return answer.getJsonArray("contracts").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("contract").equals(contract)).findFirst().orElseThrow();
    }

    private static String line(String data, String mbi) {
        List<String> lines = data.lines().filter(l -> l.substring(5, 17).strip().equals(mbi)).toList();
        assertThat(lines).as("one record for MBI").hasSize(1);
        return lines.getFirst();
    }

    static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    static String blank(int width) {
        return " ".repeat(width);
    }
}
