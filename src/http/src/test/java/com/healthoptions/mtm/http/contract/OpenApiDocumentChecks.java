package com.healthoptions.mtm.http.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.healthoptions.mtm.http.contract.OpenApiContract.ContractBroken;
import com.healthoptions.mtm.http.contract.OpenApiContract.Exchange;
import io.restassured.RestAssured;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every HTTP function's OpenApiDocumentTest (a {@code @QuarkusTest} extending this) proves: the OpenAPI
 * document kept for client teams (openapi/openapi.yaml) is the one the function serves, it is complete, and every
 * RestAssured exchange of the module's tests is held to it (so an answer that drifts from it fails the build);
 * one GET operation's answer, as the function gives it, passes the document and one that breaks it fails.
 * After packaging, the module's StoredOpenApiDocumentCheck also compares it with the file the build writes to
 * target/openapi.
 */
public abstract class OpenApiDocumentChecks {

    private final Exchange passing;
    private final Exchange broken;

    /** {@code path}: a GET operation answering 200 application/json; its answer, and one that breaks the document. */
    protected OpenApiDocumentChecks(String path, String passingAnswer, String brokenAnswer) {
        passing = answer(path, passingAnswer);
        broken = answer(path, brokenAnswer);
    }

    private static Exchange answer(String path, String body) {
        return new Exchange("GET", path, null, Map.of(), null, 200,
                Map.of("Content-Type", List.of("application/json")), body);
    }

    @Test
    protected void theServedDocumentIsTheCommittedOne() throws IOException {
        CommittedOpenApiDocument.assertServedIsCommitted();
    }

    @Test
    protected void everyOperationHasAnIdAndABodyForEveryErrorStatus() throws IOException {
        CommittedOpenApiDocument.assertEveryOperationIsComplete();
    }

    @Test
    protected void everyRestAssuredExchangeOfTheseTestsIsHeldToTheDocument() {
        assertThat(RestAssured.filters()).anyMatch(OpenApiContract.class::isInstance);
    }

    @Test
    protected void anAnswerAsTheFunctionGivesItPassesTheDocument() {
        assertThatCode(() -> OpenApiContract.ofThisFunction().check(passing)).doesNotThrowAnyException();
    }

    @Test
    protected void anAnswerThatBreaksTheDocumentFails() {
        assertThatThrownBy(() -> OpenApiContract.ofThisFunction().check(broken))
                .isInstanceOf(ContractBroken.class);
    }
}
