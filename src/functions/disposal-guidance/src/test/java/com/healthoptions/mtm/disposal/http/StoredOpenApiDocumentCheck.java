package com.healthoptions.mtm.disposal.http;

import com.healthoptions.mtm.http.contract.CommittedOpenApiDocument;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package} (its own surefire execution in the verify phase): the document the build
 * stored with {@code quarkus.smallrye-openapi.store-schema-directory} equals the committed copy.
 */
class StoredOpenApiDocumentCheck {

    @Test
    void theBuildsStoredDocumentIsTheCommittedOne() throws IOException {
        CommittedOpenApiDocument.assertStoredIsCommitted();
    }
}
