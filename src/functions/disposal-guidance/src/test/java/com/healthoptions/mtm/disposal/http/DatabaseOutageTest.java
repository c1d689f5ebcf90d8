package com.healthoptions.mtm.disposal.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.healthoptions.mtm.testing.InjectPrivatePostgres;
import com.healthoptions.mtm.testing.PrivatePostgres;
import com.healthoptions.mtm.testing.PrivatePostgresDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the function's real PostgreSQL (a server of this class's own) stopped under it. Look-ups that read
 * the database (NDC, take-back sites) answer 503 problem+json with Retry-After; guidance by drug name, served
 * from the reference snapshot the warm instance already holds, and the next Take Back Day (configuration) are
 * still answered; after the restart the same instance answers every look-up again.
 */
@QuarkusTest
@WithTestResource(PrivatePostgresDatabase.class)
class DatabaseOutageTest {

    @InjectPrivatePostgres
    PrivatePostgres postgres;

    @Test
    void lookUpsAre503WhileTheDatabaseIsDownAndAnsweredAgainAfterwards() {
        given().queryParam("drug", "oxycodone").get("/disposal-guidance").then().statusCode(200)
                .body("drug.deaSchedule", equalTo("CII"));

        postgres.stop();
        try {
            java.util.Map<String, Integer> statuses = new java.util.LinkedHashMap<>();
            statuses.put("drug", given().queryParam("drug", "oxycodone").get("/disposal-guidance").statusCode());
            statuses.put("ndc", given().queryParam("ndc", "0002-1433-80").get("/disposal-guidance").statusCode());
            statuses.put("sites", given().queryParam("zip", "60601").get("/disposal-sites").statusCode());
            // Guidance by name comes from the reference snapshot this warm instance loaded on its first request;
            // an NDC and a site search must ask the database.
            org.assertj.core.api.Assertions.assertThat(statuses)
                    .isEqualTo(java.util.Map.of("drug", 200, "ndc", 503, "sites", 503));
            for (var response : new io.restassured.response.Response[] {
                    given().queryParam("ndc", "0002-1433-80").get("/disposal-guidance"),
                    given().queryParam("zip", "60601").get("/disposal-sites")}) {
                response.then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", "30")
                        .body("status", equalTo(503)).body("title", equalTo("Service unavailable"));
            }
            given().get("/disposal-events/next").then().statusCode(200);
        } finally {
            postgres.start();
        }

        given().queryParam("drug", "oxycodone").get("/disposal-guidance").then().statusCode(200)
                .body("drug.deaSchedule", equalTo("CII"));
    }
}
