package com.healthoptions.mtm.http.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The OpenAPI document a function keeps in the repo for client teams ({@code openapi/openapi.yaml}) is the one
 * it serves and the one its build stores, so it cannot go stale. To refresh all three: {@code scripts/openapi}
 * (or package the function and copy {@code target/openapi/openapi.yaml} over the committed copy).
 */
public final class CommittedOpenApiDocument {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String REFRESH = ": refresh the committed copy with scripts/openapi";

    private CommittedOpenApiDocument() {
    }

    /** Inside a {@code @QuarkusTest}: {@code /q/openapi} equals the committed copy. */
    public static void assertServedIsCommitted() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(tree(served).equals(tree(Files.readString(OpenApiContract.COMMITTED))))
                .as("the served OpenAPI document differs from " + OpenApiContract.COMMITTED.toAbsolutePath() + REFRESH)
                .isTrue();
    }

    /** After {@code package}: the document the build stored in target/openapi equals the committed copy. */
    public static void assertStoredIsCommitted() throws IOException {
        Path stored = Path.of("target", "openapi", "openapi.yaml");
        assertThat(stored).as("the build stores the OpenAPI document while packaging").exists();
        assertThat(tree(Files.readString(stored)).equals(tree(Files.readString(OpenApiContract.COMMITTED))))
                .as(stored + " differs from " + OpenApiContract.COMMITTED + REFRESH).isTrue();
    }

    /** The document as a tree: the runtime serialiser orders some keywords differently, which changes nothing. */
    public static JsonNode tree(String yaml) throws IOException {
        return YAML.readTree(yaml);
    }

    /**
     * What a client team relies on in every document: an operationId on each operation, a body schema for
     * every error status, {@code Retry-After} on each 503, the outage and throttling statuses declared.
     */
    public static void assertEveryOperationIsComplete() throws IOException {
        JsonNode paths = tree(committed()).path("paths");
        assertThat(paths.size()).as("paths").isPositive();
        paths.properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String where = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertThat(operation.path("operationId").asText()).as(where + " operationId").isNotBlank();
            JsonNode responses = operation.path("responses");
            assertThat(responses.has("429") && responses.has("500")).as(where + " declares 429 and 500").isTrue();
            responses.properties().forEach(r -> {
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    assertThat(r.getValue().path("content").size()).as(where + " " + r.getKey() + " has a body schema")
                            .isPositive();
                }
            });
            if (responses.has("503")) {
                assertThat(responses.path("503").path("headers").has("Retry-After")).as(where + " 503 Retry-After").isTrue();
            }
        }));
    }

    public static String committed() throws IOException {
        return Files.readString(OpenApiContract.COMMITTED);
    }
}
