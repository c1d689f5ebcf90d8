package com.healthoptions.mtm.intake.lambda;

import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.event;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.put;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.report;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A file too big for one invocation: with no time left after each step, every invocation commits one
 * staging chunk (or one evaluation batch) and answers CONTINUE; sending the same record again, as the
 * function's self-invocation does in Lambda, carries on from the checkpoint until the file completes.
 */
@QuarkusTest
@TestProfile(LongFileContinuationTest.NoTimeLeft.class)
@WithTestResource(IntakePostgres.class)
@WithTestResource(S3MockServer.class)
class LongFileContinuationTest {

    public static class NoTimeLeft implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mtm.intake.time-reserve", "P3650D", "mtm.intake.chunk-rows", "40",
                    "mtm.intake.evaluation-batch", "3");
        }
    }

    @Test
    void aFileThatNeedsManyInvocationsCompletesOnceAndWhole() {
        StringBuilder csv = new StringBuilder(ClaimsIntakeHandlerTest.CLAIMS_HEADER);
        try (var db = TestData.open()) {
            for (int m = 0; m < 10; m++) {
                db.member("IN-L" + m);
                for (int i = 0; i < 12; i++) {
                    csv.append("IN-L").append(m).append("-C").append(i).append(",IN-L").append(m).append(",2026-0")
                            .append(1 + i % 6).append("-15,,").append(ClaimsIntakeHandlerTest.EIGHT_DRUGS.get(i % 8))
                            .append(",30,30,100.00,P\n");
                }
            }
        }
        var file = put("pharmacy-claims/long.csv.gz", IntakeTestBucket.gzip(csv.toString())); // 120 rows: 3 chunks

        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 20 && !statuses.contains("APPLIED"); i++) {
            JsonObject out = ClaimsIntakeHandlerTest.deliverOk(event(file));
            statuses.add(out.getJsonArray("records").getJsonObject(0).getString("status"));
        }

        // 3 staging chunks, then checks + apply + the first of 4 evaluation batches, 3 more batches, then the report.
        assertThat(statuses).containsExactly("CONTINUE", "CONTINUE", "CONTINUE", "CONTINUE", "CONTINUE", "CONTINUE",
                "CONTINUE", "APPLIED");
        JsonObject report = report(file.key());
        assertThat(report.getLong("rowsRead")).isEqualTo(120);
        assertThat(report.getLong("rowsApplied")).isEqualTo(120);
        assertThat(report.getLong("membersReEvaluated")).isEqualTo(10);
        assertThat(report.getLong("newlyEnrolled")).isEqualTo(10);
        assertThat(report.getInteger("invocations")).isEqualTo(8);
        assertThat(ClaimsIntakeHandlerTest.count("select count(*) from pharmacy_claim where member_id like 'IN-L%'")).isEqualTo(120);
        assertThat(ClaimsIntakeHandlerTest.count(
                "select count(*) from eligibility_determination where member_id like 'IN-L%'")).isEqualTo(10);
        assertThat(ClaimsIntakeHandlerTest.count(
                "select count(*) from audit_event where member_id like 'IN-L%' and action = 'MTM_ENROLLED'")).isEqualTo(10);
        assertThat(ClaimsIntakeHandlerTest.deliverOk(event(file)).getJsonArray("records").getJsonObject(0)
                .getString("status")).isEqualTo("DUPLICATE");
    }
}
