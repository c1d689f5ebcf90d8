package com.healthoptions.mtm.enrollment.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package} (its own surefire execution in the verify phase): the document the build
 * stored with {@code quarkus.smallrye-openapi.store-schema-directory} equals the committed copy.
 */
class StoredOpenApiDocumentCheck {

    @Test
    void theBuildsStoredDocumentIsTheCommittedOne() throws IOException {
        Path stored = Path.of("target", "openapi", "openapi.yaml");
        assertThat(stored).as("the build stores the OpenAPI document while packaging").exists();
        boolean same = OpenApiDocumentTest.tree(Files.readString(stored))
                .equals(OpenApiDocumentTest.tree(Files.readString(OpenApiDocumentTest.COMMITTED)));
        assertThat(same).as("target/openapi/openapi.yaml differs from openapi/openapi.yaml: copy the build's document "
                + "over the committed one").isTrue();
    }
}
