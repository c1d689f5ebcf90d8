package com.healthoptions.mtm.http.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link OpenApiContract} in front of every RestAssured request of every {@code @QuarkusTest} in a
 * module that has this test-jar (registered through META-INF/services), so no test can drift from the
 * function's document unnoticed.
 */
public class ContractOnEveryTest implements QuarkusTestBeforeEachCallback {

    private static OpenApiContract contract;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(OpenApiContract.class::isInstance)) {
            RestAssured.filters(contract());
        }
    }

    private static synchronized OpenApiContract contract() {
        if (contract == null) {
            contract = OpenApiContract.ofThisFunction();
        }
        return contract;
    }
}
