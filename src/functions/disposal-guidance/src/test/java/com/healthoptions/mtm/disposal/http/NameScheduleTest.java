package com.healthoptions.mtm.disposal.http;

import static com.healthoptions.mtm.disposal.http.DisposalGuidanceResourceTest.byName;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10, item 8: a product's own DEA schedule wins over its ingredients' when a member names it
 * (V500 drug_brand_schedule); an empty schedule means not controlled.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class NameScheduleTest {

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource({
            "Tylenol with Codeine #3, CIII, 21 CFR 1308.13(e): codeine <= 90 mg per unit in a combination",
            "Fioricet, , 21 CFR 1308.32: exempted prescription product",
            "Fiorinal, CIII, 21 CFR 1308.13(c): butalbital with aspirin is not exempted",
            "Syndros, CII, DEA 2017: dronabinol oral solution in Schedule II",
            "Marinol, CIII, 21 CFR 1308.13(g): dronabinol soft gelatin capsules",
            "codeine, CII, the ingredient alone stays C-II"})
    void theProductsOwnScheduleIsShown(String name, String schedule, String source) {
        var response = byName(name);
        if (schedule == null) {
            response.body("drug.deaSchedule", nullValue());
        } else {
            response.body("drug.deaSchedule", equalTo(schedule));
        }
    }
}
