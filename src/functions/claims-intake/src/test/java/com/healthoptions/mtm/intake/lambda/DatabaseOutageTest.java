package com.healthoptions.mtm.intake.lambda;

import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.CLAIMS_HEADER;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.deliver;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.deliverOk;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.eligibleClaims;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.event;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.InjectPrivatePostgres;
import com.healthoptions.mtm.testing.PrivatePostgres;
import com.healthoptions.mtm.testing.PrivatePostgresDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: with the function's real PostgreSQL (a server of this class's own) stopped, a file's event fails
 * the invocation, so S3 / Lambda retry it (and after the retries it waits in the failed-events queue); once
 * the database is back, the redelivered event is processed exactly once, and a further redelivery is a
 * duplicate that changes nothing.
 */
@QuarkusTest
@WithTestResource(IntakePrivatePostgres.class)
@WithTestResource(S3MockServer.class)
class DatabaseOutageTest {

    @InjectPrivatePostgres
    PrivatePostgres postgres;

    private long count(String sql) {
        try (var db = TestData.open(postgres.jdbcUrl(PrivatePostgresDatabase.DATABASE))) {
            return db.value(Long.class, sql);
        }
    }

    @Test
    void anEventDuringAnOutageFailsTheInvocationAndItsRedeliveryAfterwardsIsAppliedExactlyOnce() {
        try (var db = TestData.open(postgres.jdbcUrl(PrivatePostgresDatabase.DATABASE))) {
            db.member("OUT-IN-1");
        }
        var file = put("pharmacy-claims/outage/claims.csv", CLAIMS_HEADER + eligibleClaims("OUT-IN-1"));
        String delivery = event(file);

        postgres.stop();
        try {
            Response failed = deliver(delivery);
            // The mock event server answers a failed invocation with an error, as Lambda reports it to S3.
            assertThat(failed.statusCode()).as(failed.asString()).isNotEqualTo(200);
        } finally {
            postgres.start();
        }
        assertThat(count("select count(*) from intake_file")).isZero();

        JsonObject redelivered = deliverOk(delivery);
        assertThat(redelivered.getJsonArray("records").getJsonObject(0).getString("status")).isEqualTo("APPLIED");
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'OUT-IN-1'")).isEqualTo(8);
        assertThat(count("select count(*) from mtm_enrollment where member_id = 'OUT-IN-1'")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where member_id = 'OUT-IN-1' and action = 'MTM_ENROLLED'"))
                .isEqualTo(1);

        JsonObject again = deliverOk(delivery);
        assertThat(again.getJsonArray("records").getJsonObject(0).getString("status")).isEqualTo("DUPLICATE");
        assertThat(count("select count(*) from pharmacy_claim where member_id = 'OUT-IN-1'")).isEqualTo(8);
        assertThat(count("select count(*) from audit_event where member_id = 'OUT-IN-1' and action = 'MTM_ENROLLED'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from intake_file")).isEqualTo(1);
    }
}
