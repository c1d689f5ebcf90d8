package com.healthoptions.mtm.intake.lambda;

import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.CLAIMS_HEADER;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.EIGHT_DRUGS;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.count;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.deliver;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.deliverOk;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.event;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.put;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.report;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real faults under a working invocation: the local S3 API stopped mid-stream and started again, and an
 * invocation slower than its lease (kept by the heartbeat). A three-second lease and 1,000-row chunks.
 */
@QuarkusTest
@TestProfile(FaultsTest.ShortLease.class)
@WithTestResource(IntakePostgres.class)
@WithTestResource(S3MockServer.class)
class FaultsTest {

    public static class ShortLease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mtm.intake.lease", "PT3S", "mtm.intake.chunk-rows", "1000", "mtm.intake.evaluation-batch", "50");
        }
    }

    @AfterEach
    void disarm() {
        CrashSwitch.disarm();
        S3MockServer.restart();
    }

    @Test
    void theS3ApiStoppedMidStreamFailsTheInvocationTouchesNoTableAndTheRedeliveryAppliesEveryRowOnce() {
        StringBuilder csv = new StringBuilder(CLAIMS_HEADER);
        try (var db = TestData.open()) {
            for (int m = 0; m < 50; m++) {
                db.member("IN-S3-" + m);
            }
        }
        // About 24 MB: far more than the socket buffers between the two can hold when the server goes away.
        String padding = " ".repeat(150);
        for (int i = 0; i < 80_000; i++) {
            int m = i % 50;
            csv.append("IN-S3-C").append(i).append(",IN-S3-").append(m).append(",2026-0").append(1 + i % 6).append("-1")
                    .append(i % 9).append(",,").append(EIGHT_DRUGS.get(i % 8)).append(padding).append(",30,30,1.00,P\n");
        }
        var file = put("pharmacy-claims/s3-outage.csv", csv.toString());
        CrashSwitch.afterNextChunk(progress -> S3MockServer.stopNow());

        Response failed = deliver(event(file));

        assertThat(failed.statusCode()).isNotEqualTo(200);
        assertThat(count("select count(*) from pharmacy_claim where member_id like 'IN-S3-%'")).isZero();
        assertThat(count("select count(*) from eligibility_determination where member_id like 'IN-S3-%'")).isZero();
        long staged = count("select rows_read from intake_file where object_key = 'pharmacy-claims/s3-outage.csv'");
        assertThat(staged).as("committed before the outage").isBetween(1000L, 79_000L);

        S3MockServer.restart();
        JsonObject retried = deliverOk(event(file));

        assertThat(retried.getJsonArray("records").getJsonObject(0).getString("status")).isEqualTo("APPLIED");
        JsonObject report = report(file.key());
        assertThat(report.getLong("rowsRead")).isEqualTo(80_000);
        assertThat(report.getLong("rowsApplied")).isEqualTo(80_000);
        assertThat(report.getInteger("invocations")).isEqualTo(2);
        assertThat(count("select count(*) from pharmacy_claim where member_id like 'IN-S3-%'")).isEqualTo(80_000);
        assertThat(count("select count(distinct claim_id) from pharmacy_claim where member_id like 'IN-S3-%'")).isEqualTo(80_000);
        assertThat(count("select count(*) from eligibility_determination where member_id like 'IN-S3-%'")).isEqualTo(50);
    }

    @Test
    void anInvocationSlowerThanItsLeaseKeepsItByRenewingIt() {
        try (var db = TestData.open()) {
            db.member("IN-HB1");
        }
        StringBuilder csv = new StringBuilder(CLAIMS_HEADER);
        for (int i = 0; i < 1500; i++) {
            csv.append("IN-HB1-C").append(i).append(",IN-HB1,2026-03-01,,LISINOPRIL 10 MG,30,30,1.00,P\n");
        }
        var file = put("pharmacy-claims/heartbeat.csv", csv.toString());
        OffsetDateTime[] lease = new OffsetDateTime[3];
        CrashSwitch.afterNextChunk(progress -> {
            try (var db = TestData.open()) {
                lease[0] = db.value(OffsetDateTime.class, "select lease_until from intake_file where file_id = ?", progress.fileId());
                try {
                    Thread.sleep(7_000); // more than twice the three-second lease
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                lease[1] = db.value(OffsetDateTime.class, "select lease_until from intake_file where file_id = ?", progress.fileId());
                lease[2] = db.value(OffsetDateTime.class, "select now()");
            }
        });

        JsonObject out = deliverOk(event(file));

        assertThat(out.getJsonArray("records").getJsonObject(0).getString("status")).isEqualTo("APPLIED");
        assertThat(lease[1]).as("renewed while the step worked").isAfter(lease[0].plusSeconds(3));
        assertThat(lease[1]).as("still live after twice its length").isAfter(lease[2]);
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'IN-HB1'")).isEqualTo(1500);
    }
}
