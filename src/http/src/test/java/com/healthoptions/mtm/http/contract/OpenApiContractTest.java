package com.healthoptions.mtm.http.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.healthoptions.mtm.http.contract.OpenApiContract.ContractBroken;
import com.healthoptions.mtm.http.contract.OpenApiContract.Exchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract filter itself: an answer that breaks the document fails the test that got it. */
class OpenApiContractTest {

    private static final String DOCUMENT = """
            openapi: 3.1.0
            info: {title: t, version: "1"}
            paths:
              /members/{memberId}/enrollment:
                get:
                  operationId: getEnrollment
                  parameters:
                  - {name: memberId, in: path, required: true, schema: {type: string}}
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [status]
                            properties:
                              status: {type: string, enum: [ENROLLED, OPTED_OUT]}
                              optOutReason: {type: [string, "null"], enum: ["01", "03", null]}
                              planYear: {type: integer}
                              optOutDate:
                                type: [string, "null"]
                                anyOf: [{$ref: "#/components/schemas/LocalDate"}, {type: "null"}]
                    "404":
                      description: no such member
                      content:
                        application/problem+json:
                          schema: {type: object, required: [status], properties: {status: {type: integer}}}
            components:
              schemas:
                LocalDate: {type: string, format: date, examples: ["2022-03-10"]}
            """;

    private final OpenApiContract contract = OpenApiContract.ofDocument(DOCUMENT);

    private static Exchange get(int status, String contentType, String body) {
        return new Exchange("GET", "/members/M-1/enrollment", null, Map.of(), null, status,
                Map.of("Content-Type", List.of(contentType)), body);
    }

    @Test
    void anAnswerTheDocumentDescribesPasses() {
        assertThatCode(() -> contract.check(get(200, "application/json", "{\"status\":\"ENROLLED\",\"optOutReason\":null}")))
                .doesNotThrowAnyException();
        assertThatCode(() -> contract.check(get(404, "application/problem+json", "{\"status\":404}")))
                .doesNotThrowAnyException();
    }

    @Test
    void aValueOutsideItsEnumFails() {
        assertThatThrownBy(() -> contract.check(get(200, "application/json", "{\"status\":\"PAUSED\"}")))
                .isInstanceOf(ContractBroken.class).hasMessageContaining("GET /members/M-1/enrollment -> 200")
                .hasMessageContaining("PAUSED");
    }

    @Test
    void aNullableFieldMayBeNullOrItsTypeButNothingElse() {
        assertThatCode(() -> contract.check(get(200, "application/json",
                "{\"status\":\"ENROLLED\",\"optOutDate\":null,\"planYear\":2026}"))).doesNotThrowAnyException();
        assertThatCode(() -> contract.check(get(200, "application/json",
                "{\"status\":\"OPTED_OUT\",\"optOutDate\":\"2026-03-10\",\"optOutReason\":\"03\"}")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> contract.check(get(200, "application/json", "{\"status\":\"OPTED_OUT\",\"optOutDate\":7}")))
                .isInstanceOf(ContractBroken.class);
    }

    @Test
    void aValueOfTheWrongTypeFails() {
        assertThatThrownBy(() -> contract.check(get(200, "application/json", "{\"status\":\"ENROLLED\",\"planYear\":\"2026\"}")))
                .isInstanceOf(ContractBroken.class).hasMessageContaining("planYear");
    }

    @Test
    void anAnswerFieldTheDocumentDoesNotDeclareFails() {
        assertThatThrownBy(() -> contract.check(get(200, "application/json", "{\"status\":\"ENROLLED\",\"pin\":\"1234567\"}")))
                .isInstanceOf(ContractBroken.class).hasMessageContaining("pin");
    }

    @Test
    void aMissingRequiredFieldFails() {
        assertThatThrownBy(() -> contract.check(get(200, "application/json", "{\"optOutReason\":\"01\"}")))
                .isInstanceOf(ContractBroken.class).hasMessageContaining("status");
    }

    @Test
    void aStatusTheOperationDoesNotDeclareFails() {
        assertThatThrownBy(() -> contract.check(get(500, "application/problem+json", "{\"status\":500}")))
                .isInstanceOf(ContractBroken.class).hasMessageContaining("500");
    }

    @Test
    void aContentTypeTheStatusDoesNotDeclareFails() {
        assertThatThrownBy(() -> contract.check(get(404, "text/html", "<h1>Not found</h1>")))
                .isInstanceOf(ContractBroken.class);
    }

    @Test
    void aPathTheDocumentDoesNotHaveFails() {
        assertThatThrownBy(() -> contract.check(new Exchange("GET", "/members/M-1/secrets", null, Map.of(), null, 200,
                Map.of("Content-Type", List.of("application/json")), "{}"))).isInstanceOf(ContractBroken.class);
    }

    @Test
    void aMethodTheDocumentDoesNotListOnAKnownPathMayBe405() {
        assertThatCode(() -> contract.check(new Exchange("DELETE", "/members/M-1/enrollment", null, Map.of(), null, 405,
                Map.of("Content-Type", List.of("application/problem+json")), "{\"status\":405}")))
                .doesNotThrowAnyException();
    }

    @Test
    void anApiGatewayEventIsCheckedAsTheRequestItDescribes() {
        String event = """
                {"version":"2.0","rawPath":"/members/M-1/enrollment","rawQueryString":"",
                 "headers":{"accept":"application/json"},"requestContext":{"http":{"method":"GET"}},"isBase64Encoded":false}""";
        Exchange good = Exchange.fromApiGateway(event, """
                {"statusCode":200,"headers":{"Content-Type":"application/json"},"body":"{\\"status\\":\\"OPTED_OUT\\"}"}""");
        assertThat(good.toString()).isEqualTo("GET /members/M-1/enrollment -> 200");
        assertThatCode(() -> contract.check(good)).doesNotThrowAnyException();
        Exchange broken = Exchange.fromApiGateway(event, """
                {"statusCode":200,"headers":{"Content-Type":"application/json"},"body":"{\\"status\\":7}"}""");
        assertThatThrownBy(() -> contract.check(broken)).isInstanceOf(ContractBroken.class);
    }
}
