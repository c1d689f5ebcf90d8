package com.healthoptions.mtm.eligibility.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 through {@code POST /eligibility/evaluations}: every rule reproduced with one what-if request
 * against the real reference tables (V2, V3, V500) and the seed plan's criteria rows. Each row names its
 * source; the README's "Targeting rules and their sources" table points here.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class TargetingEvaluationTest {

    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    static final List<String> EIGHT = List.of("LISINOPRIL 10 MG TAB", "ATORVASTATIN 20 MG TAB", "METFORMIN 500 MG TAB",
            "LEVOTHYROXINE 50 MCG", "AMLODIPINE 5 MG", "OMEPRAZOLE 20 MG", "SERTRALINE 50 MG", "TAMSULOSIN 0.4 MG");

    /** Directory products the requests name by NDC (labeler 99999, made up; classes as FDA prints them). */
    @BeforeAll
    static void directory() {
        try (var db = TestData.open()) {
            db.ndcProductWithClasses("999990001", "99999-0001", "Ofev", "Kinase Inhibitor [EPC], Kinase Inhibitors [MoA]", "nintedanib")
                    .ndcProductWithClasses("999990002", "99999-0002", "Novelty", "Novel Pathway Modulator [EPC]", "novelimab")
                    .ndcProductWithClasses("999990003", "99999-0003", "Ozempic", "GLP-1 Receptor Agonist [EPC]", "semaglutide")
                    .ndcProductWithClasses("999990004", "99999-0004", "Wegovy", "GLP-1 Receptor Agonist [EPC]", "semaglutide")
                    .ndcProductWithClasses("999990005", "99999-0005", "Sacubitril and Valsartan",
                            "Neprilysin Inhibitor [EPC], Angiotensin 2 Receptor Blocker [EPC]", "sacubitril", "valsartan");
        }
    }

    static String fill(String drug, String date, int days, String cost) {
        String id = drug.startsWith("ndc:") ? "\"ndc\":\"" + drug.substring(4) + "\"" : "\"drugName\":\"" + drug + "\"";
        return "{" + id + ",\"fillDate\":\"" + date + "\",\"daysSupply\":" + days + ",\"grossCost\":" + cost + "}";
    }

    static String eight(String date, int days, String cost) {
        return EIGHT.stream().map(n -> fill(n, date, days, cost)).collect(Collectors.joining(","));
    }

    static String seven(String date, int days, String cost) {
        return EIGHT.subList(0, 7).stream().map(n -> fill(n, date, days, cost)).collect(Collectors.joining(","));
    }

    static String request(int year, String asOf, String fills, String extra) {
        return "{\"planId\":\"S5801-001\",\"planYear\":" + year + ",\"asOf\":\"" + asOf + "\",\"fills\":[" + fills + "]"
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    static Map<String, Object> expect(Object... pathsAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            Object v = pathsAndValues[i + 1];
            m.put((String) pathsAndValues[i], v instanceof String s && s.matches("-?\\d+\\.\\d\\d") ? new BigDecimal(s) : v);
        }
        return m;
    }

    static Stream<Arguments> rules() {
        List<Arguments> rows = new ArrayList<>();
        // 1. Cost basis.
        String costProfile = seven("2024-03-01", 30, "700.00") + "," + fill("AMOXICILLIN 500 MG", "2024-05-01", 10, "430.00");
        rows.add(Arguments.of("1 seed plan 2024 page: covered chronic Part D medications only (CHRONIC_ONLY)",
                request(2024, "2024-12-31", costProfile, ""),
                expect("criteria[2].basis", "CHRONIC_ONLY", "criteria[2].actual", "4900.00", "criteria[2].met", false)));
        rows.add(Arguments.of("1 SSA 1860D-4(c)(2)(A)(ii): all covered Part D drugs, at the $5,330 boundary (ALL_COVERED)",
                request(2024, "2024-12-31", costProfile, "\"costBasis\":\"ALL_COVERED\""),
                expect("criteria[2].basis", "ALL_COVERED", "criteria[2].actual", "5330.00", "criteria[2].met", true)));
        rows.add(Arguments.of("1 CMS-4205-F default from 2025: ALL_COVERED",
                request(2025, "2025-12-31", costProfile.replace("2024-", "2025-"), ""),
                expect("criteria[2].basis", "ALL_COVERED", "criteria[2].actual", "5330.00")));
        // 2. Drug-count basis, maintenance by FDA EPC from the NDC directory.
        rows.add(Arguments.of("2 CMS-4205-F: nintedanib (Ofev) counts as maintenance by its EPC Kinase Inhibitor",
                request(2025, "2025-12-31", seven("2025-02-01", 30, "30.00") + "," + fill("ndc:99999-0001-01", "2025-03-01", 30, "900.00"), ""),
                expect("criteria[1].basis", "MAINTENANCE", "criteria[1].actual", 8, "criteria[1].met", true)));
        rows.add(Arguments.of("2 a product with no known class falls to the default: not maintenance",
                request(2025, "2025-12-31", seven("2025-02-01", 30, "30.00") + "," + fill("ndc:99999-0002-01", "2025-03-01", 30, "900.00"), ""),
                expect("criteria[1].actual", 7, "criteria[1].met", false)));
        rows.add(Arguments.of("2 CMS-4205-F option: count all Part D drugs (ALL_PART_D)",
                request(2025, "2025-12-31", seven("2025-02-01", 30, "30.00") + "," + fill("ndc:99999-0002-01", "2025-03-01", 30, "900.00"),
                        "\"drugCountBasis\":\"ALL_PART_D\""),
                expect("criteria[1].basis", "ALL_PART_D", "criteria[1].actual", 8, "criteria[1].met", true)));
        // 3. Projection.
        rows.add(Arguments.of("3 issue 10 example: 8 x $45 90-day fills on 10 January project to $1,424, not $4,239",
                request(2025, "2025-01-31", eight("2025-01-10", 90, "45.00"), ""),
                expect("projectedAnnualCost", "1424.00", "eligible", false)));
        rows.add(Arguments.of("3 year end keeps the actual cost", request(2025, "2025-12-31", eight("2025-01-10", 90, "45.00"), ""),
                expect("projectedAnnualCost", "360.00")));
        rows.add(Arguments.of("3/4 July joiner: annualised over covered days (not diluted by January-June)",
                request(2025, "2025-07-15", fill("LISINOPRIL", "2025-07-01", 30, "300.00"), "\"coverageStart\":\"2025-07-01\""),
                expect("projectedAnnualCost", "3650.00")));
        // 4. Coverage: a death ends the window.
        rows.add(Arguments.of("4 roster date of death: a fill after it is not counted; the part year is annualised",
                request(2025, "2025-12-31", eight("2025-01-10", 30, "300.00") + "," + fill("TIOTROPIUM", "2025-06-01", 30, "500.00"),
                        "\"dateOfDeath\":\"2025-05-31\""),
                // 2,400 over 151 covered days (1 January..31 May) x 365
                expect("criteria[1].actual", 8, "criteria[2].actual", "5801.32")));
        // 5. Date met criteria: the fill that tipped it.
        rows.add(Arguments.of("5 the eighth drug's fill on 8 August tipped it",
                request(2025, "2025-11-30", EIGHT.stream().map(n -> fill(n, "2025-0" + (1 + EIGHT.indexOf(n)) + "-08", 30, "300.00"))
                        .collect(Collectors.joining(",")), ""),
                expect("eligible", true, "dateMetCriteria", "2025-08-08", "criteria[1].metOn", "2025-08-08",
                        "criteria[0].metOn", "2025-03-08")));
        // 6. DMP.
        rows.add(Arguments.of("6 423.153(d)(2)(ii): an at-risk period that ended before the run still targets (02)",
                request(2025, "2025-10-01", "", "\"dmpPeriods\":[{\"effectiveDate\":\"2025-02-01\",\"endDate\":\"2025-06-30\"}]"),
                expect("eligible", true, "reasonTargeted", "02", "dateMetCriteria", "2025-02-01", "criteria[3].actual", true)));
        rows.add(Arguments.of("6 a period ending the day before the plan year does not",
                request(2025, "2025-10-01", "", "\"dmpPeriods\":[{\"effectiveDate\":\"2024-02-01\",\"endDate\":\"2024-12-31\"}]"),
                expect("eligible", false, "reasonTargeted", "04")));
        // 7. Implied conditions by product.
        rows.add(Arguments.of("7 FDA label: Ozempic (NDC) shows diabetes",
                request(2025, "2025-12-31", fill("ndc:99999-0003-01", "2025-02-01", 28, "900.00"), ""),
                expect("criteria[0].evidence[0]", "DIABETES: drug semaglutide")));
        rows.add(Arguments.of("7 FDA label: Wegovy (NDC) does not", request(2025, "2025-12-31", fill("ndc:99999-0004-01", "2025-02-01", 28, "900.00"), ""),
                expect("criteria[0].actual", 0)));
        rows.add(Arguments.of("7 FDA label: Zepbound (drug name) does not, Mounjaro does",
                request(2025, "2025-12-31", fill("ZEPBOUND 5 MG/0.5 ML", "2025-02-01", 28, "900.00") + ","
                        + fill("MOUNJARO 5 MG/0.5 ML", "2025-03-01", 28, "900.00"), ""),
                expect("criteria[0].actual", 1, "criteria[0].evidence[0]", "DIABETES: drug tirzepatide")));
        rows.add(Arguments.of("7 FDA label: Entresto is heart failure, not hypertension (by name and by ingredients)",
                request(2025, "2025-12-31", fill("ENTRESTO 49-51 MG", "2025-02-01", 30, "600.00") + ","
                        + fill("ndc:99999-0005-01", "2025-03-01", 30, "600.00"), ""),
                expect("criteria[0].actual", 1, "criteria[0].evidence[0]", "CHF: drug sacubitril + valsartan")));
        rows.add(Arguments.of("7 FDA labels: Farxiga, Cymbalta, Singulair alone show nothing",
                request(2025, "2025-12-31", fill("FARXIGA 10 MG", "2025-02-01", 30, "600.00") + ","
                        + fill("CYMBALTA 60 MG", "2025-02-01", 30, "60.00") + "," + fill("SINGULAIR 10 MG", "2025-02-01", 30, "20.00"), ""),
                expect("criteria[0].actual", 0, "criteria[1].actual", 3)));
        // 8. ICD-10-CM additions.
        rows.add(Arguments.of("8 ICD-10-CM FY2023: I1A.0 hypertension, J82.83 asthma, F30.1 (bipolar spectrum) count",
                request(2025, "2025-12-31", "", "\"diagnoses\":[{\"code\":\"I1A.0\",\"serviceDate\":\"2025-01-05\"},"
                        + "{\"code\":\"J82.83\",\"serviceDate\":\"2025-01-05\"},{\"code\":\"F30.10\",\"serviceDate\":\"2025-01-05\"}]"),
                expect("criteria[0].actual", 3, "criteria[0].evidence[0]", "HYPERTENSION: diagnosis I1A.0 (2025-01-05)")));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleReproducesWithOneRequest(String source, String body, Map<String, Object> expected) {
        ValidatableResponse r = given().config(DECIMALS).contentType(ContentType.JSON).body(body)
                .post("/eligibility/evaluations").then().statusCode(200);
        expected.forEach((path, value) -> r.body(path, equalTo(value)));
    }

    @Test
    void theCostEvidenceShowsWhichFillsCountedAndWhichDidNot() {
        given().contentType(ContentType.JSON)
                .body(request(2024, "2024-12-31", seven("2024-03-01", 30, "700.00") + ","
                        + fill("AMOXICILLIN 500 MG", "2024-05-01", 10, "430.00"), ""))
                .post("/eligibility/evaluations").then().statusCode(200)
                .body("criteria[2].evidence", hasItem("not counted (not maintenance drugs): amoxicillin 430.00 in 1 fill (claim fill-8)"))
                .body("criteria[2].evidence", hasItem("atorvastatin: 700.00 in 1 fill (claim fill-2)"))
                .body("criteria[2].evidence", hasItem("covered 2024-01-01..2024-12-31 (366 of 366 days), complete: actual cost 4900.00 = 4900.00"));
    }

    @Test
    void criteriaPublishTheirBasesAndFlagTheUnconfirmedThreshold() {
        given().config(DECIMALS).get("/plans/S5801-001/criteria/2024").then().statusCode(200)
                .body("costBasis", equalTo("CHRONIC_ONLY"))
                .body("drugCountBasis", equalTo("MAINTENANCE"))
                .body("dmpAtRiskQualifies", equalTo(true))
                .body("dmpAtRiskMandatory", equalTo(true));
        given().config(DECIMALS).get("/plans/S5801-001/criteria/2025").then().statusCode(200)
                .body("costBasis", equalTo("ALL_COVERED"))
                .body("annualCostThreshold", equalTo(new BigDecimal("1623.00")))
                .body("source", org.hamcrest.Matchers.containsString("$1,623 (confirmed)"));
        given().config(DECIMALS).get("/plans/S5801-001/criteria/2026").then().statusCode(200)
                .body("annualCostThreshold", equalTo(new BigDecimal("1276.00")))
                .body("source", org.hamcrest.Matchers.containsString("$1,276 UNCONFIRMED"));
    }

    @Test
    void theSchemaRefusesAnOptionalDmpFrom2022() {
        try (var db = TestData.open()) {
            assertThatThrownBy(() -> db.update("""
                    insert into plan_criteria (plan_id, plan_year, min_chronic_conditions, min_chronic_drugs,
                        annual_cost_threshold, dmp_at_risk_qualifies, source)
                    values ('S5801-001', 2023, 3, 8, 4935.00, false, 'test')"""))
                    .hasMessageContaining("plan_criteria_dmp_mandatory_from_2022");
            db.update("""
                    insert into plan_criteria (plan_id, plan_year, min_chronic_conditions, min_chronic_drugs,
                        annual_cost_threshold, dmp_at_risk_qualifies, source)
                    values ('S5801-001', 2021, 3, 8, 4376.00, false, 'test: before 2022 DMP was a plan option')""");
            assertThat(db.value(Long.class, "select count(*) from plan_criteria where plan_year = 2021")).isEqualTo(1);
        }
    }

    @Test
    void badWhatIfFieldsAre400WithEachNamed() {
        given().contentType(ContentType.JSON).body(request(2025, "2025-12-31", "",
                        "\"costBasis\":\"SOME\",\"drugCountBasis\":\"ALL\",\"coverageStart\":\"2025-07-01\","
                                + "\"coverageEnd\":\"2025-06-01\",\"dateOfDeath\":\"2025-13-01\","
                                + "\"dmpPeriods\":[{\"effectiveDate\":\"2025-05-01\",\"endDate\":\"2025-04-01\"},{\"status\":\"MAYBE\"}]"))
                .post("/eligibility/evaluations").then().statusCode(400).contentType("application/problem+json")
                .body("errors", org.hamcrest.Matchers.containsInAnyOrder(
                        "costBasis must be one of [ALL_COVERED, CHRONIC_ONLY]",
                        "drugCountBasis must be one of [MAINTENANCE, ALL_PART_D]",
                        "coverageEnd must not be before coverageStart",
                        "dateOfDeath must be a date as YYYY-MM-DD",
                        "dmpPeriods[0].endDate must not be before effectiveDate",
                        "dmpPeriods[1].status must be one of [AT_RISK, POTENTIAL_AT_RISK, NOT_AT_RISK]",
                        "dmpPeriods[1].effectiveDate is required"));
    }
}
