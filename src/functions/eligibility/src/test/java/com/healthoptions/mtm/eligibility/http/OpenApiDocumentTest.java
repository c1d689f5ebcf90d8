package com.healthoptions.mtm.eligibility.http;

import com.healthoptions.mtm.http.contract.OpenApiDocumentChecks;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** This function's OpenAPI document: served, committed and complete, and its answers held to it (see the parent). */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class OpenApiDocumentTest extends OpenApiDocumentChecks {

    OpenApiDocumentTest() {
        super("/plans/S5801-001/criteria/2024", """
                {"planId":"S5801-001","contractId":"S5801","planYear":2024,"minChronicConditions":3,"countedConditions":["DIABETES"],"minChronicDrugs":8,"drugCountBasis":"MAINTENANCE","annualCostThreshold":5330.00,"costBasis":"ALL_COVERED","dmpAtRiskQualifies":true,"dmpAtRiskMandatory":true,"source":"seed"}""", """
                {"planId":"S5801-001","planYear":"2024","minChronicConditions":3,"dmpAtRiskQualifies":"yes"}""");
    }
}
