package com.healthoptions.mtm.intake.lambda;

import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.CLAIMS_HEADER;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.count;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.deliver;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.deliverOk;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.eligibleClaims;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.event;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.put;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.report;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an attacker, an auditor and a crashed instance find (issue 11, claims intake) and how a poison
 * file stops (issue 18): each test fails on the code before its fix. "Today" is 30 June 2026.
 */
@QuarkusTest
@WithTestResource(IntakePostgres.class)
@WithTestResource(S3MockServer.class)
class IntakeHardeningTest {

    @AfterEach
    void disarm() {
        CrashSwitch.disarm();
    }

    private static String status(JsonObject out) {
        return out.getJsonArray("records").getJsonObject(0).getString("status");
    }

    private static void sql(String sql, Object... args) {
        try (var db = TestData.open()) {
            db.update(sql, args);
        }
    }

    /** Registers the version as a live invocation elsewhere would have it: leased, attempt open. */
    private static void heldByAnotherInvocation(IntakeTestBucket.Uploaded file, String kind) {
        sql("""
                insert into intake_file (bucket, object_key, object_version, kind, lease_owner, lease_until, attempt_open,
                                         invocations)
                values (?, ?, ?, ?, 'another-instance', now() + interval '60 seconds', true, 1)""",
                S3MockServer.BUCKET, file.key(), file.versionId() != null ? file.versionId() : "etag:" + file.eTag(), kind);
    }

    // ---- item 12: a crashed instance's retry is not swallowed; leases are short

    @Test
    void aDeliveryForAFileALiveInvocationHoldsFailsSoLambdaRetriesItAndTheRetryAfterTheLeaseCompletesIt() {
        try (var db = TestData.open()) {
            db.member("IN-H1");
        }
        var file = put("pharmacy-claims/held.csv", CLAIMS_HEADER + eligibleClaims("IN-H1"));
        heldByAnotherInvocation(file, "PHARMACY_CLAIMS");

        Response busy = deliver(event(file));

        assertThat(busy.statusCode()).as("an IN_PROGRESS answer would spend Lambda's retry").isNotEqualTo(200);
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-H1'")).isZero();

        // The holder was killed: its lease lapses within the (short) lease, not at its 15-minute deadline.
        sql("update intake_file set lease_until = now() - interval '1 second' where object_key = 'pharmacy-claims/held.csv'");
        JsonObject retried = deliverOk(event(file));

        assertThat(status(retried)).isEqualTo("APPLIED");
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-H1'")).isEqualTo(8);
        assertThat(report(file.key()).getInteger("invocations")).isEqualTo(2);
        try (var db = TestData.open()) {
            // The dead attempt was counted as a failure, its cause unknown.
            assertThat(db.value(String.class, "select last_error_class from intake_file where object_key = 'pharmacy-claims/held.csv'"))
                    .startsWith("none: the invocation ended without a result");
        }
    }

    @Test
    void theLeaseRunsForTheConfiguredMinuteNotUntilTheInvocationsDeadline() {
        try (var db = TestData.open()) {
            db.member("IN-LS1");
        }
        StringBuilder csv = new StringBuilder(CLAIMS_HEADER);
        for (int i = 0; i < 120; i++) {
            csv.append("IN-LS1-C").append(i).append(",IN-LS1,2026-03-01,,LISINOPRIL 10 MG,30,30,1.00,P\n");
        }
        var file = put("pharmacy-claims/lease.csv", csv.toString());
        double[] leaseLeft = new double[1];
        CrashSwitch.afterNextChunk(progress -> {
            try (var db = TestData.open()) {
                leaseLeft[0] = db.value(Double.class,
                        "select extract(epoch from lease_until - now())::float8 from intake_file where file_id = ?", progress.fileId());
            }
        });

        deliverOk(event(file));

        assertThat(leaseLeft[0]).as("seconds left on the lease while working").isBetween(1.0, 60.0);
        assertThat(count("select count(*) from intake_file where object_key = 'pharmacy-claims/lease.csv' and lease_owner is null"))
                .isEqualTo(1);
    }

    // ---- item 13: unbounded memory in the reader

    @Test
    void aSmallGzipThatExpandsToOneHugeLineIsRejectedAndTheInstanceLives() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(CLAIMS_HEADER.getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'x');
            for (int i = 0; i < 512; i++) { // one 512 MB line from a ~0.5 MB object
                out.write(block);
            }
        }
        var bomb = put("pharmacy-claims/one-line.csv.gz", gz.toByteArray());

        JsonObject out = deliverOk(event(bomb));

        assertThat(status(out)).isEqualTo("REJECTED");
        JsonObject report = report(bomb.key());
        assertThat(report.getString("message")).startsWith("the file exceeds a reader limit, nothing applied: line 2:");
        assertThat(report.getLong("rowsApplied")).isZero();
        // The same instance goes on with the next file.
        try (var db = TestData.open()) {
            db.member("IN-BOMB1");
        }
        var next = put("pharmacy-claims/after-bomb.csv", CLAIMS_HEADER + eligibleClaims("IN-BOMB1"));
        assertThat(status(deliverOk(event(next)))).isEqualTo("APPLIED");
    }

    @Test
    void aGzipThatExpandsFarBeyondAnyRealFileIsRejected() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(CLAIMS_HEADER.getBytes(StandardCharsets.UTF_8));
            byte[] rows = "\r\n".repeat(500_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 40; i++) { // 40 MB of blank lines, compressed about a thousand times
                out.write(rows);
            }
        }
        var bomb = put("pharmacy-claims/expanding.csv.gz", gz.toByteArray());

        deliverOk(event(bomb));

        JsonObject report = report(bomb.key());
        assertThat(report.getString("status")).isEqualTo("REJECTED");
        assertThat(report.getString("message")).contains("expands more than 200 times its compressed size");
    }

    @Test
    void aRowWithThousandsOfFieldsIsRejected() {
        var file = put("pharmacy-claims/wide.csv", CLAIMS_HEADER + ",".repeat(5000) + "\n");

        deliverOk(event(file));

        assertThat(report(file.key()).getString("message")).endsWith("line 2: more than 512 fields in a row");
    }

    @Test
    void aReferenceFileWithAnEndlessLineIsRejected() {
        String header = String.join("\t", "PRODUCTNDC", "PROPRIETARYNAME", "NONPROPRIETARYNAME", "DOSAGEFORMNAME",
                "ROUTENAME", "SUBSTANCENAME", "PHARM_CLASSES", "DEASCHEDULE");
        var file = put("reference/ndc/endless-line.txt", header + "\n" + "x".repeat(2 * 1024 * 1024) + "\n");

        deliverOk(event(file));

        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("REJECTED");
        assertThat(report.getString("message")).endsWith("line 2: longer than 1048576 bytes");
    }

    // ---- item 14: versions applied in S3's order, one at a time, each with its own report

    @Test
    void anOlderVersionArrivingAfterANewerOneIsSupersededNotApplied() {
        IntakeTestBucket.enableVersioning();
        try {
            String header = "member_id,contract_id,plan_id,first_name,last_name,date_of_birth,zip,phone\n";
            var older = put("members/order.csv", header + "IN-SEQ1,S5801,S5801-001,Ann,Lee,1948-02-01,60601,3125550111\n");
            var newer = put("members/order.csv", header + "IN-SEQ1,S5801,S5801-001,Ann,Lee,1948-02-01,60601,3125550222\n");

            // S3 compares sequencers after right-padding the shorter with zeros: 0A00000 is later than 09FFFFF.
            JsonObject first = deliverOk(event("0A", "2026-06-30T17:00:00.000Z", newer));
            JsonObject late = deliverOk(event("09FFFFF", "2026-06-30T17:00:00.000Z", older));

            assertThat(status(first)).isEqualTo("APPLIED");
            assertThat(status(late)).isEqualTo("SUPERSEDED");
            try (var db = TestData.open()) {
                assertThat(db.value(String.class, "select phone_e164 from member where member_id = 'IN-SEQ1'"))
                        .isEqualTo("+13125550222");
            }
            assertThat(report(newer).getString("status")).isEqualTo("APPLIED");
            assertThat(report(older).getString("status")).isEqualTo("SUPERSEDED");
            assertThat(report(older).getString("objectVersion")).isEqualTo(older.versionId());
            assertThat(IntakeTestBucket.reportKeys("members/order.csv")).hasSize(2);
        } finally {
            IntakeTestBucket.suspendVersioning();
        }
    }

    @Test
    void aVersionWaitsWhileAnotherVersionOfTheSameKeyIsBeingProcessed() {
        IntakeTestBucket.enableVersioning();
        try {
            try (var db = TestData.open()) {
                db.member("IN-SER1");
            }
            var first = put("pharmacy-claims/serial.csv", CLAIMS_HEADER + "IN-SER1-C1,IN-SER1,2026-02-01,,LISINOPRIL 10 MG,30,30,1.00,P\n");
            var second = put("pharmacy-claims/serial.csv", CLAIMS_HEADER + "IN-SER1-C1,IN-SER1,2026-02-01,,LISINOPRIL 10 MG,30,30,2.00,P\n");
            heldByAnotherInvocation(first, "PHARMACY_CLAIMS");

            assertThat(deliver(event("02", "2026-06-30T17:00:00.000Z", second)).statusCode()).isNotEqualTo(200);
            assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-SER1'")).isZero();

            sql("update intake_file set lease_until = now() - interval '1 second', lease_owner = null, attempt_open = false "
                    + "where object_key = 'pharmacy-claims/serial.csv'");
            assertThat(status(deliverOk(event("02", "2026-06-30T17:00:00.000Z", second)))).isEqualTo("APPLIED");
            assertThat(count("select count(*) from pharmacy_claim where claim_id = 'IN-SER1-C1' and gross_cost = 2.00")).isEqualTo(1);
        } finally {
            IntakeTestBucket.suspendVersioning();
        }
    }

    // ---- item 15: formula injection, long keys, forged events

    @Test
    void rosterNamesThatASpreadsheetWouldRunReachTheOutreachFileNeutralised() {
        var roster = put("members/formula.csv", "member_id,contract_id,plan_id,first_name,last_name,date_of_birth,zip,phone\n"
                + "IN-F1,S5801,S5801-001,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",@SUM(1+1),1948-02-01,60601,3125550199\n");
        deliverOk(event(roster));
        var claims = put("pharmacy-claims/formula.csv", CLAIMS_HEADER + eligibleClaims("IN-F1"));

        deliverOk(event(claims));

        String outreach = IntakeTestBucket.text(report(claims.key()).getString("outreachKey"));
        assertThat(outreach.lines().toList().get(1)).isEqualTo(
                "IN-F1,2026,2026-06-30,2026-05-14,01,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",'@SUM(1+1),60601,+13125550199");
    }

    @Test
    void aKeyWhoseReportKeyWouldExceedS3sLimitCompletesWithAHashedReportKey() {
        try (var db = TestData.open()) {
            db.member("IN-K1");
        }
        String key = "pharmacy-claims/" + "k".repeat(1000) + ".csv"; // 1,020 bytes: a valid S3 key
        var file = put(key, CLAIMS_HEADER + eligibleClaims("IN-K1"));

        JsonObject out = deliverOk(event(file));

        String reportKey = out.getJsonArray("records").getJsonObject(0).getString("reportKey");
        assertThat(status(out)).isEqualTo("APPLIED");
        assertThat(reportKey).matches("reports/hashed/[0-9a-f]{64}/etag-[0-9a-f]+\\.json");
        assertThat(new JsonObject(IntakeTestBucket.text(reportKey)).getString("key")).isEqualTo(key);
    }

    @Test
    void aForgedEventWithABrokenPercentEscapeIsIgnoredNotAServerError() {
        String forged = "{\"Records\":[" + IntakeTestBucket.record("pharmacy-claims/%zz%E0.csv", "abc", null, "01",
                "2026-06-30T17:00:00.000Z") + "]}";

        JsonObject out = deliverOk(forged);

        assertThat(status(out)).isEqualTo("IGNORED");
        assertThat(count("select count(*) from intake_file where object_key like 'pharmacy-claims/%zz%'")).isZero();
    }

    // ---- issue 18: poison files stop and speak

    @Test
    void aStepThatFailsEveryTimeIsRetriedUpToTheLimitThenTheFileIsFailedWithAReport() {
        try (var db = TestData.open()) {
            db.member("IN-PZ1");
            // A fault the file cannot fix by retrying: the decisions table refuses this member's rows.
            db.update("""
                    create or replace function test_refuse_pz1() returns trigger language plpgsql as $$
                    begin if new.member_id = 'IN-PZ1' then raise exception 'refused for the test'; end if; return new; end $$""");
            db.update("create trigger test_refuse_pz1 before insert on eligibility_determination for each row "
                    + "execute function test_refuse_pz1()");
        }
        try {
            var file = put("pharmacy-claims/poison.csv", CLAIMS_HEADER + eligibleClaims("IN-PZ1"));

            assertThat(deliver(event(file)).statusCode()).isNotEqualTo(200);
            assertThat(deliver(event(file)).statusCode()).isNotEqualTo(200);
            JsonObject third = deliverOk(event(file));

            assertThat(status(third)).isEqualTo("FAILED");
            JsonObject report = report(file.key());
            assertThat(report.getString("status")).isEqualTo("FAILED");
            assertThat(report.getJsonObject("failure").getMap()).containsEntry("step", "APPLIED")
                    .containsEntry("errorClass", "io.vertx.pgclient.PgException").containsEntry("attempts", 3);
            assertThat(report.getLong("rowsApplied")).isEqualTo(8);
            assertThat(report.encode()).doesNotContain("refused for the test");
            assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-PZ1'")).isEqualTo(8);

            // Terminal: a fourth delivery changes nothing and is not retried.
            assertThat(status(deliverOk(event(file)))).isEqualTo("FAILED");
            assertThat(count("select invocations::bigint from intake_file where object_key = 'pharmacy-claims/poison.csv'")).isEqualTo(3);
        } finally {
            sql("drop trigger if exists test_refuse_pz1 on eligibility_determination");
        }
        // A new version of the object is a new file and starts afresh.
        var fixed = put("pharmacy-claims/poison.csv", CLAIMS_HEADER + eligibleClaims("IN-PZ1") + "\n");
        assertThat(status(deliverOk(event(fixed)))).isEqualTo("APPLIED");
        assertThat(count("select count(*) from mtm_enrollment where member_id = 'IN-PZ1'")).isEqualTo(1);
    }

    @Test
    void attemptsThatDiedWithoutAnAnswerCountTowardsTheLimitToo() {
        try (var db = TestData.open()) {
            db.member("IN-DIE1");
        }
        var file = put("pharmacy-claims/dies.csv", CLAIMS_HEADER + eligibleClaims("IN-DIE1"));
        heldByAnotherInvocation(file, "PHARMACY_CLAIMS");
        // Two attempts already died at this point of progress; the third lies dead with its lease lapsed.
        sql("""
                update intake_file set step_failures = 2, failure_marker = state || ':' || bytes_done || ':' || members_evaluated,
                    lease_until = now() - interval '1 second'
                where object_key = 'pharmacy-claims/dies.csv'""");

        JsonObject out = deliverOk(event(file));

        assertThat(status(out)).isEqualTo("FAILED");
        JsonObject failure = report(file.key()).getJsonObject("failure");
        assertThat(failure.getString("step")).isEqualTo("STAGING");
        assertThat(failure.getString("errorClass")).startsWith("none: the invocation ended without a result");
        assertThat(failure.getInteger("attempts")).isEqualTo(3);
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-DIE1'")).isZero();
    }

    @Test
    void anEventOlderThanTheLimitIsNotStartedButFailedWithAReport() {
        try (var db = TestData.open()) {
            db.member("IN-OLD1");
        }
        var file = put("pharmacy-claims/old-event.csv", CLAIMS_HEADER + eligibleClaims("IN-OLD1"));

        JsonObject out = deliverOk(event("01", "2026-06-29T17:00:00.000Z", file)); // a day before "now"

        assertThat(status(out)).isEqualTo("FAILED");
        assertThat(report(file.key()).getJsonObject("failure").getString("reason")).startsWith("the event is older than PT6H");
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-OLD1'")).isZero();
    }

    @Test
    void theScheduledSweepCountsFilesThatStoppedMoving() {
        var file = put("dmp/stalled.csv", "member_id,status,effective_date,end_date\n");
        sql("""
                insert into intake_file (bucket, object_key, object_version, kind, state, last_activity_at)
                values (?, ?, ?, 'DMP', 'APPLIED', now() - interval '2 hours')""",
                S3MockServer.BUCKET, file.key(), "etag:" + file.eTag());
        String scheduled = """
                {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event",
                 "source":"aws.events","account":"123456789012","time":"2026-06-30T17:00:00Z","region":"us-east-1",
                 "resources":["arn:aws:events:us-east-1:123456789012:rule/mtm-intake-sweep"],"detail":{}}""";

        JsonObject out = deliverOk(scheduled);

        assertThat(out.getLong("stalledFiles")).isGreaterThanOrEqualTo(1);
        sql("update intake_file set state = 'FAILED' where object_key = 'dmp/stalled.csv'");
    }
}
