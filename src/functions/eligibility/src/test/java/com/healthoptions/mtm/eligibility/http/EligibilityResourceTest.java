package com.healthoptions.mtm.eligibility.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drives the function through the Lambda mock event server (API Gateway v2 events) against PostgreSQL. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class EligibilityResourceTest {

    static final String PROBLEM = "application/problem+json";

    /** Eight chronic drugs (hypertension, dyslipidemia and diabetes among them) costing $6,000 in 2024. */
    static void eligibleMember(TestData db, String memberId) {
        db.member(memberId);
        List<String> drugs = List.of("LISINOPRIL 10 MG TAB", "ATORVASTATIN 20 MG TAB", "METFORMIN 500 MG TAB",
                "LEVOTHYROXINE 50 MCG", "AMLODIPINE 5 MG", "OMEPRAZOLE 20 MG", "SERTRALINE 50 MG",
                "TAMSULOSIN 0.4 MG");
        for (int i = 0; i < drugs.size(); i++) {
            db.fill(memberId + "-C" + i, memberId, LocalDate.of(2024, 2, 1 + i), drugs.get(i), "750.00");
        }
    }

    @Test
    void aMemberWhoMeetsEveryCriterionIsEligibleWithReason01AndTheEvidence() {
        try (var db = TestData.open()) {
            eligibleMember(db, "ELIG-01");
            db.enrolled("ELIG-01", 2024, LocalDate.of(2024, 4, 1), "01");
        }
        given().when().get("/members/ELIG-01/eligibility?planYear=2024&asOf=2024-12-31")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("memberId", equalTo("ELIG-01"))
                .body("planId", equalTo("S5801-001"))
                .body("planYear", equalTo(2024))
                .body("asOf", equalTo("2024-12-31"))
                .body("eligible", equalTo(true))
                .body("reasonTargeted", equalTo("01"))
                .body("projectedAnnualCost", equalTo(6000.00f))
                // Diabetes (metformin) on 3 February made three conditions; the eighth drug came on 8 February.
                .body("dateMetCriteria", equalTo("2024-02-08"))
                .body("criteria.name", contains("CHRONIC_CONDITIONS", "CHRONIC_DRUGS", "ANNUAL_COST", "DMP_AT_RISK"))
                .body("criteria[1].required", equalTo(8))
                .body("criteria[1].actual", equalTo(8))
                .body("criteria[1].met", equalTo(true))
                .body("criteria[1].evidence", hasItem(startsWith("atorvastatin: claim ELIG-01-C1 (2024-02-02)")))
                .body("criteria[0].evidence", hasItem("DIABETES: drug metformin"))
                .body("enrollment.status", equalTo("ENROLLED"))
                .body("enrollment.enrollmentDate", equalTo("2024-04-01"))
                .body("enrollment.optOutDate", nullValue());
    }

    @Test
    void everyAnsweredMemberReadLeavesAnAuditRowAndAnUnknownMemberNone() {
        try (var db = TestData.open()) {
            eligibleMember(db, "AUD-01");
        }
        given().get("/members/AUD-01/eligibility?planYear=2024&asOf=2024-12-31").then().statusCode(200);
        given().get("/members/AUD-01/eligibility?planYear=2024&asOf=2024-06-30").then().statusCode(200);
        given().get("/members/AUD-NONE/eligibility?planYear=2024").then().statusCode(404);
        try (var db = TestData.open()) {
            org.assertj.core.api.Assertions.assertThat(db.value(String.class, """
                    select string_agg(actor || '|' || outcome || '|' || (details ->> 'planYear') || '|' || (details ->> 'asOf'), ','
                        order by id)
                    from audit_event where member_id = 'AUD-01' and action = 'MTM_ELIGIBILITY_READ'"""))
                    .isEqualTo("unverified|SUCCESS|2024|2024-12-31,unverified|SUCCESS|2024|2024-06-30");
            org.assertj.core.api.Assertions.assertThat(db.value(Long.class,
                    "select count(*) from audit_event where member_id = 'AUD-NONE'")).isZero();
        }
    }

    @Test
    void fillsAfterAsOfAndReversedFillsAreLeftOut() {
        try (var db = TestData.open()) {
            eligibleMember(db, "ELIG-02");
            db.fill("ELIG-02-LATE", "ELIG-02", LocalDate.of(2024, 11, 1), null, "MONTELUKAST 10 MG", "50.00", false)
                    .fill("ELIG-02-REV", "ELIG-02", LocalDate.of(2024, 3, 1), null, "DONEPEZIL 10 MG", "50.00", true);
        }
        given().get("/members/ELIG-02/eligibility?planYear=2024&asOf=2024-10-31")
                .then().statusCode(200)
                .body("criteria[1].actual", equalTo(8))
                .body("enrollment.status", equalTo("NOT_ENROLLED"));
        given().get("/members/ELIG-02/eligibility?planYear=2024&asOf=2024-12-31")
                .then().statusCode(200).body("criteria[1].actual", equalTo(9));
    }

    @Test
    void aDrugIsIdentifiedByItsNdcWhenTheDirectoryKnowsIt() {
        try (var db = TestData.open()) {
            db.member("ELIG-03")
                    .ndcProduct("000021433", "0002-1433", "Trulicity", "DULAGLUTIDE")
                    .fill("ELIG-03-C1", "ELIG-03", LocalDate.of(2024, 1, 10), "00002143380", "PEN INJECTOR", "900.00", false);
        }
        given().get("/members/ELIG-03/eligibility?planYear=2024&asOf=2024-12-31")
                .then().statusCode(200)
                .body("criteria[1].evidence", contains("dulaglutide: claim ELIG-03-C1 (2024-01-10)"))
                .body("criteria[0].evidence", contains("DIABETES: drug dulaglutide"));
    }

    @Test
    void aDmpAtRiskMemberQualifiesAloneWithReason02() {
        try (var db = TestData.open()) {
            db.member("ELIG-04").dmpAtRisk("ELIG-04", LocalDate.of(2024, 3, 1), null);
        }
        given().get("/members/ELIG-04/eligibility?planYear=2024&asOf=2024-06-01")
                .then().statusCode(200)
                .body("eligible", equalTo(true))
                .body("reasonTargeted", equalTo("02"))
                .body("criteria[3].met", equalTo(true));
    }

    @Test
    void anUnknownMemberIs404AsProblemJson() {
        given().get("/members/NOPE-404/eligibility?planYear=2024")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("title", equalTo("Unknown member"));
    }

    @Test
    void aYearWithoutCriteriaIs404() {
        try (var db = TestData.open()) {
            db.member("ELIG-05");
        }
        given().get("/members/ELIG-05/eligibility?planYear=2019")
                .then().statusCode(404).contentType(PROBLEM)
                .body("title", equalTo("No criteria for that plan year"));
    }

    @Test
    void badDatesAndYearsAre400WithEachErrorNamed() {
        given().get("/members/ELIG-06/eligibility?planYear=20x4&asOf=2024-02-30")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors", containsInAnyOrder("planYear must be a plan year between 2006 and 2100",
                        "asOf must be a date as YYYY-MM-DD"));
        given().get("/members/bad%20id!/eligibility")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void criteriaArePublishedPerPlanYear() {
        given().get("/plans/S5801-001/criteria/2024")
                .then().statusCode(200)
                .body("minChronicDrugs", equalTo(8))
                .body("minChronicConditions", equalTo(3))
                .body("annualCostThreshold", equalTo(5330.00f))
                .body("dmpAtRiskQualifies", equalTo(true))
                .body("countedConditions", hasItem("DEPRESSION"))
                .body("countedConditions", hasSize(10));
        given().get("/plans/S5801-001/criteria/2025")
                .then().statusCode(200)
                .body("annualCostThreshold", equalTo(1623.00f))
                .body("countedConditions", hasItem("MENTAL_HEALTH"))
                .body("countedConditions", hasSize(10));
        given().get("/plans/S5801-001/criteria/2026").then().statusCode(200).body("annualCostThreshold", equalTo(1276.00f));
        given().get("/plans/NO-SUCH-PLAN/criteria/2024").then().statusCode(404).contentType(PROBLEM)
                .body("title", equalTo("Unknown plan"));
        given().get("/plans/S5801-001/criteria/1999").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void anEvaluationOfASuppliedProfileStoresNothing() {
        String body = """
                {"planId":"S5801-001","planYear":2025,"asOf":"2025-12-31","dmpAtRisk":true,
                 "diagnoses":[{"code":"I10","serviceDate":"2025-01-15"},{"code":"E11.9","serviceDate":"2025-01-15"}],
                 "fills":[{"claimId":"X1","drugName":"LISINOPRIL 10 MG","fillDate":"2025-02-01","daysSupply":30,
                           "quantity":30,"grossCost":12.50,"reversed":false}]}""";
        given().contentType(ContentType.JSON).body(body).post("/eligibility/evaluations")
                .then().statusCode(200)
                .body("memberId", nullValue())
                .body("eligible", equalTo(true))
                .body("reasonTargeted", equalTo("02"))
                .body("criteria[0].actual", equalTo(2))
                .body("criteria[1].actual", equalTo(1));
        try (var db = TestData.open()) {
            org.assertj.core.api.Assertions.assertThat(
                    db.value(Long.class, "select count(*) from pharmacy_claim where claim_id = 'X1'")).isZero();
        }
    }

    @Test
    void malformedOrWrongJsonIs400NeverA5xx() {
        given().contentType(ContentType.JSON).body("{\"planId\":").post("/eligibility/evaluations")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Malformed JSON"));
        given().contentType(ContentType.JSON).body("{\"planId\":\"S5801-001\",\"planYear\":\"next year\"}")
                .post("/eligibility/evaluations")
                .then().statusCode(400).contentType(PROBLEM).body("detail", startsWith("The body is not valid JSON for this request at field 'planYear'"));
        given().contentType(ContentType.JSON).body("[1,2,3]").post("/eligibility/evaluations")
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("").post("/eligibility/evaluations")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void impossibleValuesAre400WithEveryErrorNamed() {
        String body = """
                {"planId":"S5801-001","planYear":2024,"asOf":"2024-13-01",
                 "diagnoses":[{"code":"not-a-code","serviceDate":"2024-01-01"}],
                 "fills":[{"drugName":"LISINOPRIL","fillDate":"2024-02-01","daysSupply":0,"grossCost":-5},
                          {"ndc":"12-34","fillDate":"2024-02-01","daysSupply":30,"grossCost":1}]}""";
        given().contentType(ContentType.JSON).body(body).post("/eligibility/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors", hasItem("asOf must be a date as YYYY-MM-DD"));
        String fills = """
                {"planId":"S5801-001","planYear":2024,
                 "diagnoses":[{"code":"not-a-code","serviceDate":"2024-01-01"}],
                 "fills":[{"drugName":"LISINOPRIL","fillDate":"2024-02-01","daysSupply":0,"grossCost":-5},
                          {"ndc":"12-34","fillDate":"2024-02-01","daysSupply":30,"grossCost":1}]}""";
        given().contentType(ContentType.JSON).body(fills).post("/eligibility/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors", containsInAnyOrder(
                        "diagnoses[0].code must be an ICD-10-CM code such as E11.9",
                        "fills[0].daysSupply must be 1 to 365",
                        "fills[0].grossCost is required and must not be negative",
                        "fills[1].ndc must be 11 digits, or dashed 4-4-2, 5-3-2, 5-4-1 or 5-4-2"));
    }

    @Test
    void anUnknownPlanOrYearInAnEvaluationIs404() {
        given().contentType(ContentType.JSON).body("{\"planId\":\"NOPE\",\"planYear\":2024}")
                .post("/eligibility/evaluations").then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"planId\":\"S5801-001\",\"planYear\":2020}")
                .post("/eligibility/evaluations").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aBodyOverOneMegabyteIs413() {
        String huge = "{\"planId\":\"S5801-001\",\"planYear\":2024,\"pad\":\"" + "x".repeat(1_100_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge).post("/eligibility/evaluations")
                .then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsToo() {
        given().get("/nothing/here").then().statusCode(404).contentType(PROBLEM);
        given().delete("/plans/S5801-001/criteria/2024").then().statusCode(405).contentType(PROBLEM);
    }
}
