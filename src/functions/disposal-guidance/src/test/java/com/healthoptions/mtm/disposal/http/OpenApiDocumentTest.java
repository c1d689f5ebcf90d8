package com.healthoptions.mtm.disposal.http;

import com.healthoptions.mtm.http.contract.OpenApiDocumentChecks;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** This function's OpenAPI document: served, committed and complete, and its answers held to it (see the parent). */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class OpenApiDocumentTest extends OpenApiDocumentChecks {

    OpenApiDocumentTest() {
        super("/disposal-events/next", """
                {"event":"National Prescription Drug Take Back Day","date":null,"daysAway":null,"hours":null,"accepts":["PILLS","PATCHES"],"doesNotAccept":["SHARPS"],"findSites":"https://www.dea.gov/takebackday","source":"https://www.dea.gov/takebackday","notes":["DEA has not announced the next date yet."]}""", """
                {"event":"National Prescription Drug Take Back Day","date":"soon","daysAway":"many","accepts":["PILLS"]}""");
    }
}
