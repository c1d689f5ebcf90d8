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
 * the reference tables answer 503 problem+json with Retry-After; the next Take Back Day, which comes from
 * configuration, is still answered; after the restart the same instance answers the look-ups again.
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
            for (var response : new io.restassured.response.Response[] {
                    given().queryParam("drug", "oxycodone").get("/disposal-guidance"),
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
