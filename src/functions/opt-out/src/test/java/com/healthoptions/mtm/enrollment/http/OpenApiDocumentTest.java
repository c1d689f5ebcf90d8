package com.healthoptions.mtm.enrollment.http;

import com.healthoptions.mtm.http.contract.OpenApiDocumentChecks;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** This function's OpenAPI document: served, committed and complete, and its answers held to it (see the parent). */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class OpenApiDocumentTest extends OpenApiDocumentChecks {

    OpenApiDocumentTest() {
        super("/members/M-1/enrollment", """
                {"memberId":"M-1","planYear":2026,"status":"NOT_ENROLLED","enrollmentDate":null,"dateMetCriteria":null,"optOutDate":null,"optOutReason":null,"reasonTargeted":null}""", """
                {"memberId":"M-1","planYear":2026,"status":"PAUSED"}""");
    }
}
