package com.healthoptions.mtm.eligibility.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import com.healthoptions.mtm.testing.InjectPrivatePostgres;
import com.healthoptions.mtm.testing.PrivatePostgres;
import com.healthoptions.mtm.testing.PrivatePostgresDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the real PostgreSQL the running function uses is stopped under it and started again. While it is
 * down every route that needs the database answers 503 problem+json with Retry-After (a client can tell a
 * pause from a bug), and once it is back the same function instance answers 200 again, no restart.
 */
@QuarkusTest
@WithTestResource(PrivatePostgresDatabase.class)
class DatabaseOutageTest {

    @InjectPrivatePostgres
    PrivatePostgres postgres;

    @Test
    void whileTheDatabaseIsDownEveryRouteAnswers503WithRetryAfterAndAfterItIsBackTheSameFunctionAnswers200() {
        try (var db = TestData.open(postgres.jdbcUrl(PrivatePostgresDatabase.DATABASE))) {
            EligibilityResourceTest.eligibleMember(db, "OUT-ELIG-1");
        }
        String member = "/members/OUT-ELIG-1/eligibility?planYear=2024&asOf=2024-12-31";
        given().get(member).then().statusCode(200).body("eligible", equalTo(true));
        given().get("/plans/S5801-001/criteria/2024").then().statusCode(200);

        postgres.stop();
        try {
            unavailable(given().get(member));
            unavailable(given().get("/plans/S5801-001/criteria/2024"));
            unavailable(given().contentType(ContentType.JSON).body("""
                    {"planId":"S5801-001","planYear":2024,"asOf":"2024-12-31","fills":[]}""")
                    .post("/eligibility/evaluations"));
            // Twice in a row: the pool keeps failing fast, it does not hang on the first failure.
            unavailable(given().get(member));
        } finally {
            postgres.start();
        }

        given().get(member).then().statusCode(200).body("eligible", equalTo(true)).body("reasonTargeted", equalTo("01"));
        given().get("/plans/S5801-001/criteria/2024").then().statusCode(200);
        try (var db = TestData.open(postgres.jdbcUrl(PrivatePostgresDatabase.DATABASE))) {
            // Only the two answered reads are audited; nothing half-written by the refused ones.
            assertThat(db.value(Long.class, "select count(*) from audit_event where member_id = 'OUT-ELIG-1'"
                    + " and action = 'MTM_ELIGIBILITY_READ'")).isEqualTo(2);
        }
    }

    static ValidatableResponse unavailable(io.restassured.response.Response response) {
        return response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("status", equalTo(503))
                .body("title", equalTo("Service unavailable"))
                .body("detail", not(containsString("OUT-")));
    }
}
