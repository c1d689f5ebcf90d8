package com.healthoptions.mtm.intake.lambda;

import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.CLAIMS_HEADER;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.EIGHT_DRUGS;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.count;
import static io.restassured.RestAssured.given;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Issue 18's shape: 2,000 members with 300 fills each (600,000 claim rows, a polypharmacy population)
 * under a 256 MB heap, with the production batch sizes. Before memory was bounded by fills this failed in
 * the re-evaluation with an OutOfMemoryError on every retry. Runs in its own JVM at -Xmx256m (the
 * {@code memory-bound} surefire execution); the test checks that it really got that heap.
 */
@QuarkusTest
@TestProfile(MemoryBoundTest.ProductionSizes.class)
@WithTestResource(IntakePostgres.class)
@WithTestResource(S3MockServer.class)
class MemoryBoundTest {

    static final int MEMBERS = 2000;
    static final int FILLS_PER_MEMBER = 300;

    public static class ProductionSizes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mtm.intake.chunk-rows", "20000", "mtm.intake.evaluation-batch", "2000");
        }
    }

    @Test
    void threeHundredFillsPerMemberAreAppliedReEvaluatedAndReportedInA256MbHeap() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("this test must run at -Xmx256m")
                .isLessThanOrEqualTo(256L * 1024 * 1024);
        try (var db = TestData.open()) {
            db.update("""
                    insert into member (member_id, contract_id, plan_id, first_name, last_name, date_of_birth, zip, phone_e164)
                    select 'MB-' || lpad(g::text, 5, '0'), p.contract_id, p.plan_id, 'Test', 'Member', date '1950-06-15',
                           '60601', '+13125550100'
                    from plan p, generate_series(1, ?) g where p.plan_id = ?""", MEMBERS, TestData.SEED_PLAN);
        }
        Path file = Files.createTempFile("memory-bound", ".csv.gz");
        try {
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                w.write(CLAIMS_HEADER);
                for (int m = 1; m <= MEMBERS; m++) {
                    String member = "MB-" + String.format("%05d", m);
                    for (int f = 0; f < FILLS_PER_MEMBER; f++) {
                        // Ten chronic drugs refilled through the first half of 2026.
                        w.write(member + "-C" + f + "," + member + ",2026-0" + (1 + f % 6) + "-" + String.format("%02d", 1 + f % 28)
                                + ",," + (f % 10 < 8 ? EIGHT_DRUGS.get(f % 8) : f % 10 == 8 ? "GABAPENTIN 300 MG" : "WARFARIN 5 MG")
                                + ",30,30,4.25,P\n");
                    }
                }
            }
            var response = IntakeTestBucket.S3.putObject(b -> b.bucket(S3MockServer.BUCKET).key("pharmacy-claims/polypharmacy.csv.gz"),
                    RequestBody.fromFile(file));
            var uploaded = new IntakeTestBucket.Uploaded("pharmacy-claims/polypharmacy.csv.gz", response.eTag().replace("\"", ""),
                    response.versionId());

            // 600,000 rows on a loaded machine take minutes, longer than RestAssured's default wait.
            Response r = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 900_000)))
                    .contentType(ContentType.JSON).body(event(uploaded)).when().post();
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
            JsonObject out = new JsonObject(r.asString());

            assertThat(out.getJsonArray("records").getJsonObject(0).getString("status")).isEqualTo("APPLIED");
            JsonObject report = IntakeTestBucket.report(uploaded.key());
            assertThat(report.getString("status")).isEqualTo("APPLIED");
            assertThat(report.getLong("rowsApplied")).isEqualTo((long) MEMBERS * FILLS_PER_MEMBER);
            assertThat(report.getLong("membersReEvaluated")).isEqualTo(MEMBERS);
            assertThat(count("select count(*) from eligibility_determination where member_id like 'MB-%'")).isEqualTo(MEMBERS);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
