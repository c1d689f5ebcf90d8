package com.healthoptions.mtm.enrollment.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document kept in the repo for portal developers is the one the function serves, so it
 * cannot go stale. (After packaging, {@link StoredOpenApiDocumentCheck} also compares it with the file
 * the build writes to target/openapi.) To refresh it: {@code ./mvnw -B package -DskipTests -pl
 * src/functions/opt-out -am} then copy {@code target/openapi/openapi.yaml} to {@code openapi/openapi.yaml}.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertThat(tree(served).equals(tree(Files.readString(COMMITTED)))).as("the served OpenAPI document differs from "
                + COMMITTED.toAbsolutePath() + ": refresh the committed copy (see this test's javadoc)").isTrue();
    }

    /**
     * The document as a tree: the runtime serialiser orders some schema keywords differently from the
     * build-time one, which does not change the document's meaning.
     */
    static JsonNode tree(String yaml) throws IOException {
        return YAML.readTree(yaml);
    }

    @Test
    void theDocumentDescribesTheThreeOperationsAndTheirProblems() throws IOException {
        String doc = Files.readString(COMMITTED);
        assertThat(doc).contains("/members/{memberId}/enrollment:", "/members/{memberId}/opt-out:",
                "    get:", "    post:", "    delete:", "Idempotency-Key", "application/problem+json",
                "\"422\":", "bearerFormat: JWT");
    }
}
