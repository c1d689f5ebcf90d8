package com.healthoptions.mtm.eligibility.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.healthoptions.mtm.rds.SnapStartDatabase;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * SnapStart's hooks called directly, as Lambda's runtime would (no CRaC runtime, no AWS here): the JSON primed
 * and the database reached before the snapshot, the pool reconnected after the restore, and the function then
 * answers a what-if evaluation and a criteria read as before.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class EligibilitySnapStartTest {

    @Inject
    EligibilityPriming priming;

    @Inject
    SnapStartDatabase database;

    @Test
    void afterASimulatedRestoreTheFunctionAnswersAsBefore() {
        int primedBefore = priming.primed;
        priming.beforeCheckpoint(null);
        SnapStartDatabase.Outcome primed = database.primeOutsideThePool();
        assertThat(priming.primed).as("JSON primed").isEqualTo(primedBefore + 1);
        assertThat(primed.connected()).as("database reached before the snapshot: " + primed.failure()).isTrue();

        priming.afterRestore(null);
        SnapStartDatabase.Outcome restored = database.reconnectThePool();
        assertThat(restored.connected()).as("pool connected after the restore: " + restored.failure()).isTrue();

        given().contentType(ContentType.JSON)
                .body(TargetingEvaluationTest.request(2024, "2024-12-31",
                        TargetingEvaluationTest.eight("2024-02-01", 30, "750.00"), ""))
                .post("/eligibility/evaluations").then().statusCode(200)
                .body("eligible", equalTo(true)).body("reasonTargeted", equalTo("01"));
        given().get("/plans/S5801-001/criteria/2024").then().statusCode(200).body("planYear", equalTo(2024));
    }
}
