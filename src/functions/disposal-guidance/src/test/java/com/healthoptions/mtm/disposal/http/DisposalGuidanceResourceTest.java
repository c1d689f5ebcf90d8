package com.healthoptions.mtm.disposal.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Drives GET /disposal-guidance through the Lambda mock event server against PostgreSQL with the real V3/V400 data. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class DisposalGuidanceResourceTest {

    static final String PROBLEM = "application/problem+json";

    static ValidatableResponse byName(String drug) {
        return given().queryParam("drug", drug).get("/disposal-guidance").then().statusCode(200)
                .contentType(ContentType.JSON).body("query", equalTo(drug));
    }

    static ValidatableResponse byNdc(String ndc) {
        return given().queryParam("ndc", ndc).get("/disposal-guidance").then().statusCode(200)
                .contentType(ContentType.JSON);
    }

    /** Every entry of the FDA flush list (BRIEF.md), by the name a member would type. */
    @ParameterizedTest
    @CsvSource({
            "buprenorphine, buprenorphine, CIII",
            "fentanyl, fentanyl, CII",
            "hydrocodone, hydrocodone, CII",
            "benzhydrocodone, benzhydrocodone, CII",
            "hydromorphone, hydromorphone, CII",
            "meperidine, meperidine, CII",
            "methadone, methadone, CII",
            "morphine, morphine, CII",
            "oxycodone, oxycodone, CII",
            "oxymorphone, oxymorphone, CII",
            "tapentadol, tapentadol, CII",
            "sodium oxybate, sodium oxybate, CIII",
            "diazepam rectal gel, diazepam, CIV",
            "methylphenidate transdermal system, methylphenidate, CII"})
    void everyFlushListDrugIsTakenBackFirstThenFlushedNeverTrashed(String query, String ingredient, String schedule) {
        byName(query)
                .body("match", equalTo("EXACT"))
                .body("drug.ingredients", contains(ingredient))
                .body("drug.deaSchedule", equalTo(schedule))
                .body("fdaFlushList", equalTo(true))
                .body("methods.method", contains("TAKE_BACK", "MAIL_BACK", "FLUSH"))
                .body("methods[2].steps[0]", startsWith("Only if no take-back site or mail-back envelope"))
                .body("sources.url", hasItem(containsString("flush-list")));
    }

    @Test
    void aScheduleIvDrugOffTheFlushListGoesToTheTrashOnlyAsALastResort() {
        byName("alprazolam")
                .body("match", equalTo("EXACT"))
                .body("drug.deaSchedule", equalTo("CIV"))
                .body("fdaFlushList", equalTo(false))
                .body("methods.method", contains("TAKE_BACK", "MAIL_BACK", "HOUSEHOLD_TRASH"))
                .body("methods[0].why", containsString("Schedule IV controlled substance"))
                .body("methods[2].steps", hasItem(containsString("cat litter")));
        // Diazepam tablets are C-IV and not flush-listed; the note points at the rectal gel that is.
        byName("diazepam 5 mg tablets")
                .body("drug.dosageForm", equalTo("SOLID"))
                .body("fdaFlushList", equalTo(false))
                .body("notes[0]", containsString("diazepam rectal gel"));
    }

    @Test
    void aNonControlledDrugHasNoScheduleAndTheHouseholdTrashSteps() {
        byName("Lisinopril 10 mg")
                .body("drug.name", equalTo("lisinopril"))
                .body("drug.deaSchedule", nullValue())
                .body("fdaFlushList", equalTo(false))
                .body("methods.method", contains("TAKE_BACK", "MAIL_BACK", "HOUSEHOLD_TRASH"))
                .body("methods[0].why", not(containsString("controlled")));
    }

    @Test
    void aFentanylPatchIsFoldedStickySidesTogether() {
        byName("fentanyl patch")
                .body("drug.dosageForm", equalTo("PATCH"))
                .body("methods.method", contains("TAKE_BACK", "MAIL_BACK", "FLUSH"))
                .body("methods[0].steps", hasItem("Fold each patch in half with the sticky sides together first."))
                .body("methods[2].steps[1]", startsWith("Fold the patch in half with the sticky sides together and flush"));
        byName("Duragesic")
                .body("match", equalTo("BRAND"))
                .body("drug.ingredients", contains("fentanyl"))
                .body("drug.dosageForm", equalTo("PATCH"));
    }

    @Test
    void inhalersGetTheirOwnHandlingBeforeAnyTakeBack() {
        byName("ProAir HFA")
                .body("match", equalTo("BRAND"))
                .body("drug.ingredients", contains("albuterol"))
                .body("drug.dosageForm", equalTo("INHALER"))
                .body("methods.method", contains("SPECIAL_HANDLING", "TAKE_BACK"))
                .body("methods[0].steps[0]", containsString("Do not puncture"));
        byName("albuterol inhaler").body("drug.dosageForm", equalTo("INHALER"));
    }

    @Test
    void insulinPensAndNeedlesGoToASharpsContainer() {
        byName("Lantus SoloStar pen")
                .body("match", equalTo("BRAND"))
                .body("drug.ingredients", contains("insulin glargine"))
                .body("drug.dosageForm", equalTo("INJECTABLE"))
                .body("fdaFlushList", equalTo(false))
                .body("methods.method", contains("SHARPS_CONTAINER", "TAKE_BACK"))
                .body("methods[0].steps[0]", containsString("FDA-cleared sharps container"));
        byName("insulin glargine").body("drug.dosageForm", equalTo("INJECTABLE"));
        // No drug named, but the words still say what it is.
        byName("insulin pen needles")
                .body("match", equalTo("NONE"))
                .body("drug", nullValue())
                .body("methods.method", contains("SHARPS_CONTAINER", "TAKE_BACK"));
    }

    @Test
    void brandNamesResolveToTheirIngredients() {
        byName("OxyContin")
                .body("match", equalTo("BRAND"))
                .body("drug.name", equalTo("oxycontin"))
                .body("drug.ingredients", contains("oxycodone"))
                .body("fdaFlushList", equalTo(true));
        byName("norco 5/325")
                .body("match", equalTo("BRAND"))
                .body("drug.ingredients", contains("acetaminophen", "hydrocodone"));
    }

    @ParameterizedTest
    @CsvSource({"oxycodon, oxycodone", "OXYCODNE, oxycodone", "hydrocodne, hydrocodone", "oxycotnin, oxycodone",
            "percoset, oxycodone", "alprazalam, alprazolam"})
    void smallMisspellingsStillMatch(String typed, String ingredient) {
        byName(typed)
                .body("match", equalTo("FUZZY"))
                .body("drug.ingredients", hasItem(ingredient));
    }

    @Test
    void combinationProductsTakeTheStrictestRuleOfTheirIngredients() {
        // Hydrocodone (C-II, flush list) with acetaminophen (neither).
        byName("Norco")
                .body("drug.deaSchedule", equalTo("CII"))
                .body("fdaFlushList", equalTo(true))
                .body("methods[2].why", containsString("FDA flush list (hydrocodone)"));
        byName("hydrocodone/acetaminophen 10-325 mg")
                .body("match", equalTo("EXACT"))
                .body("drug.name", equalTo("hydrocodone + acetaminophen"))
                .body("fdaFlushList", equalTo(true));
        // Buprenorphine (C-III, flush list) with naloxone (neither).
        byName("Suboxone film")
                .body("drug.ingredients", contains("buprenorphine", "naloxone"))
                .body("drug.deaSchedule", equalTo("CIII"))
                .body("methods.method", contains("TAKE_BACK", "MAIL_BACK", "FLUSH"));
        // Tramadol (C-IV) with acetaminophen: controlled, not flush-listed.
        byName("Ultracet")
                .body("drug.deaSchedule", equalTo("CIV"))
                .body("fdaFlushList", equalTo(false));
    }

    @Test
    void liquidsKeepTheirCapOnAndAFlushListLiquidIsPouredIntoTheToilet() {
        byName("methadone oral solution")
                .body("drug.dosageForm", equalTo("LIQUID"))
                .body("methods[0].steps", hasItem(containsString("cap tightly closed")))
                .body("methods[2].steps[1]", startsWith("Pour the liquid into the toilet"));
        byName("Xyrem").body("drug.dosageForm", equalTo("LIQUID")).body("fdaFlushList", equalTo(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"grandma's blue pills", "vitamin d3", "zzzz"})
    void anUnknownNameGetsTheGeneralGuidanceNeverA404(String typed) {
        byName(typed)
                .body("match", equalTo("NONE"))
                .body("drug", nullValue())
                .body("fdaFlushList", equalTo(false))
                .body("methods.method", contains("TAKE_BACK", "MAIL_BACK", "HOUSEHOLD_TRASH"))
                .body("notes[0]", containsString("could not identify"));
    }

    @Test
    void ndcsAreFoundInEveryPublishedForm() {
        try (var db = TestData.open()) {
            // 4-4-2 package NDC 0406-0523-01: product key 00406 0523.
            db.ndcProduct("004060523", "0406-0523", "Oxycodone Hydrochloride", "oxycodone");
            // 5-3-2: 50090-123-45 is product 50090-0123.
            db.ndcProduct("500900123", "50090-123", "Lisinopril", "lisinopril");
            // 5-4-1: 12345-6789-1.
            db.ndcProduct("123456789", "12345-6789", "Fentanyl Transdermal System", "fentanyl");
            db.update("update ndc_product set dosage_form = 'PATCH', route = 'TRANSDERMAL', dea_schedule = 'CII' "
                    + "where product_key = '123456789'");
        }
        for (String ndc : new String[] {"0406-0523-01", "00406-0523-01", "00406052301", "0406052301"}) {
            byNdc(ndc).body("query", equalTo(ndc))
                    .body("match", equalTo("EXACT"))
                    .body("drug.name", equalTo("Oxycodone Hydrochloride"))
                    .body("drug.ingredients", contains("oxycodone"))
                    .body("fdaFlushList", equalTo(true));
        }
        for (String ndc : new String[] {"50090-123-45", "50090-0123-45", "50090012345"}) {
            byNdc(ndc).body("match", equalTo("EXACT")).body("drug.ingredients", contains("lisinopril"))
                    .body("methods.method", contains("TAKE_BACK", "MAIL_BACK", "HOUSEHOLD_TRASH"));
        }
        byNdc("12345-6789-1")
                .body("drug.dosageForm", equalTo("PATCH"))
                .body("drug.deaSchedule", equalTo("CII"))
                .body("methods[2].steps[1]", startsWith("Fold the patch in half"));
    }

    @Test
    void anUndashedTenDigitNdcMatchingTwoProductsGetsTheStrictestGuidanceAndNoDrug() {
        try (var db = TestData.open()) {
            // 1122334455 reads as 4-4-2 (product 01122 3344) and as 5-4-1 (product 11223 3445).
            db.ndcProduct("011223344", "1122-3344", "Alprazolam", "alprazolam");
            db.ndcProduct("112233445", "11223-3445", "Morphine Sulfate", "morphine");
        }
        byNdc("1122334455")
                .body("match", equalTo("NONE"))
                .body("drug", nullValue())
                .body("fdaFlushList", equalTo(true))
                .body("notes[0]", containsString("match 2 products"));
        byNdc("1122-3344-55").body("match", equalTo("EXACT")).body("drug.ingredients", contains("alprazolam"));
    }

    @Test
    void theProductScheduleFromTheNdcDirectoryWinsOverTheIngredients() {
        try (var db = TestData.open()) {
            db.ndcProduct("500901111", "50090-1111", "Acetaminophen and Codeine Phosphate", "acetaminophen", "codeine");
            db.update("update ndc_product set dosage_form = 'TABLET', route = 'ORAL', dea_schedule = 'CIII' "
                    + "where product_key = '500901111'");
        }
        byNdc("50090-1111-01").body("drug.deaSchedule", equalTo("CIII")).body("drug.dosageForm", equalTo("SOLID"));
    }

    @Test
    void aWellFormedNdcThatIsNotInTheDirectoryGetsTheGeneralGuidance() {
        byNdc("99999-9999-99")
                .body("match", equalTo("NONE"))
                .body("drug", nullValue())
                .body("notes[0]", containsString("not in the FDA NDC directory"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-34", "abcd-efgh-ij", "123456789012", "1234-567-89", "040605230"})
    void aMalformedNdcIsA400Problem(String ndc) {
        given().queryParam("ndc", ndc).get("/disposal-guidance")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors", hasSize(1))
                .body("errors[0]", startsWith("ndc must be a National Drug Code"));
    }

    @Test
    void oneOfDrugOrNdcIsRequired() {
        given().get("/disposal-guidance").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0]", containsString("exactly one of drug"));
        given().queryParam("drug", "oxycodone").queryParam("ndc", "0406-0523-01").get("/disposal-guidance")
                .then().statusCode(400).contentType(PROBLEM);
        given().queryParam("drug", "x".repeat(201)).get("/disposal-guidance")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0]", containsString("at most 200"));
    }

    @Test
    void everyBrandAndIngredientFormRowNamesAKnownDrug() {
        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, """
                    select count(*) from disposal_brand_form f
                    where not exists (select 1 from drug_brand b where b.brand_name = f.brand_name)""")).isZero();
            assertThat(db.value(Long.class, "select count(*) from disposal_brand_form")).isGreaterThan(100);
        }
        // Every brand the form table knows answers with that form.
        byName("Daytrana").body("drug.dosageForm", equalTo("PATCH")).body("fdaFlushList", equalTo(true));
        byName("Diastat").body("drug.dosageForm", equalTo("RECTAL_GEL")).body("fdaFlushList", equalTo(true));
        byName("Valium").body("fdaFlushList", equalTo(false));
        byName("Butrans").body("drug.dosageForm", equalTo("PATCH"))
                .body("methods.method", everyItem(not(equalTo("HOUSEHOLD_TRASH"))));
    }
}
