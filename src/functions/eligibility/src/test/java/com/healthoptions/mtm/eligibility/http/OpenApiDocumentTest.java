package com.healthoptions.mtm.eligibility.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.healthoptions.mtm.http.contract.CommittedOpenApiDocument;
import com.healthoptions.mtm.http.contract.OpenApiContract;
import com.healthoptions.mtm.http.contract.OpenApiContract.ContractBroken;
import com.healthoptions.mtm.http.contract.OpenApiContract.Exchange;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document kept for client teams (openapi/openapi.yaml) is the one this function serves, it is
 * complete, and every RestAssured exchange of this module's tests is held to it (so an answer that drifts
 * from it fails the build). After packaging, {@link StoredOpenApiDocumentCheck} also compares it with the
 * file the build writes to target/openapi.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class OpenApiDocumentTest {

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        CommittedOpenApiDocument.assertServedIsCommitted();
    }

    @Test
    void everyOperationHasAnIdAndABodyForEveryErrorStatus() throws IOException {
        CommittedOpenApiDocument.assertEveryOperationIsComplete();
    }

    @Test
    void everyRestAssuredExchangeOfTheseTestsIsHeldToTheDocument() {
        assertThat(RestAssured.filters()).anyMatch(OpenApiContract.class::isInstance);
    }

    private static Exchange answer(String body) {
        return new Exchange("GET", "/plans/S5801-001/criteria/2024", null, Map.of(), null, 200,
                Map.of("Content-Type", List.of("application/json")), body);
    }

    @Test
    void anAnswerAsTheFunctionGivesItPassesTheDocument() {
        assertThatCode(() -> OpenApiContract.ofThisFunction().check(answer("""
                {"planId":"S5801-001","contractId":"S5801","planYear":2024,"minChronicConditions":3,"countedConditions":["DIABETES"],"minChronicDrugs":8,"drugCountBasis":"MAINTENANCE","annualCostThreshold":5330.00,"costBasis":"ALL_COVERED","dmpAtRiskQualifies":true,"dmpAtRiskMandatory":true,"source":"seed"}"""))).doesNotThrowAnyException();
    }

    @Test
    void anAnswerThatBreaksTheDocumentFails() {
        assertThatThrownBy(() -> OpenApiContract.ofThisFunction().check(answer("""
                {"planId":"S5801-001","planYear":"2024","minChronicConditions":3,"dmpAtRiskQualifies":"yes"}"""))).isInstanceOf(ContractBroken.class);
    }
}
