package com.healthoptions.mtm.intake.lambda;

import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.CLAIMS_HEADER;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.count;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.deliverOk;
import static com.healthoptions.mtm.intake.lambda.ClaimsIntakeHandlerTest.eligibleClaims;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.event;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.put;
import static com.healthoptions.mtm.intake.lambda.IntakeTestBucket.report;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 through intake: the roster's coverage and death columns, the opt-outs they record, the date met
 * targeting criteria intake stores, and the NDC directory's maintenance classification report. "Today" is
 * 30 June 2026; re-evaluation uses the same {@code EligibilityRules} as the eligibility function.
 */
@QuarkusTest
@WithTestResource(IntakePostgres.class)
@WithTestResource(S3MockServer.class)
class CoverageAndTargetingIntakeTest {

    static final String ROSTER_HEADER = "member_id,contract_id,plan_id,first_name,last_name,date_of_birth,zip,phone,"
            + "coverage_start,coverage_end,date_of_death\n";

    static String rosterRow(String memberId, String start, String end, String death) {
        return memberId + ",S5801,S5801-001,Ann,Lee,1948-02-01,60601,3125550100," + start + "," + end + "," + death + "\n";
    }

    @Test
    void enrollmentCarriesTheDayTheMemberFirstMetTheCriteriaNotTheRunDate() {
        try (var db = TestData.open()) {
            db.member("TG-D1");
        }
        deliverOk(event(put("pharmacy-claims/tg-d1.csv", CLAIMS_HEADER + eligibleClaims("TG-D1"))));
        // The eighth drug arrived on 14 May (amlodipine); conditions and cost were met by then.
        assertThat(count("""
                select count(*) from mtm_enrollment where member_id = 'TG-D1' and plan_year = 2026
                and enrollment_date = '2026-06-30' and date_met_criteria = '2026-05-14'""")).isEqualTo(1);
        assertThat(count("""
                select count(*) from eligibility_determination where member_id = 'TG-D1' and date_met_criteria = '2026-05-14'"""))
                .isEqualTo(1);
    }

    @Test
    void aDeathOnTheRosterRecordsOptOut01OnTheDateOfDeathAndNothingReEnrolls() {
        try (var db = TestData.open()) {
            db.member("TG-X1").enrolled("TG-X1", 2026, LocalDate.of(2026, 2, 1), "01");
        }
        var roster = put("members/tg-death.csv", ROSTER_HEADER + rosterRow("TG-X1", "", "", "2026-05-20"));
        deliverOk(event(roster));

        assertThat(count("""
                select count(*) from mtm_enrollment where member_id = 'TG-X1' and plan_year = 2026
                and enrollment_date = '2026-02-01' and opt_out_date = '2026-05-20' and opt_out_reason = '01'""")).isEqualTo(1);
        assertThat(count("""
                select count(*) from audit_event where member_id = 'TG-X1' and action = 'MTM_OPTED_OUT'
                and details ->> 'reason' = '01' and details ->> 'effectiveDate' = '2026-05-20'
                and details ->> 'oldState' = 'ENROLLED'""")).isEqualTo(1);

        // Later claims and the same roster again change nothing: no re-enrollment, no second audit row.
        deliverOk(event(put("pharmacy-claims/tg-x1.csv", CLAIMS_HEADER + eligibleClaims("TG-X1"))));
        deliverOk(event(put("members/tg-death-again.csv", ROSTER_HEADER + rosterRow("TG-X1", "", "", "2026-05-20"))));
        assertThat(count("select count(*) from audit_event where member_id = 'TG-X1' and action = 'MTM_OPTED_OUT'")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where member_id = 'TG-X1' and action = 'MTM_ENROLLED'")).isZero();
        assertThat(count("""
                select count(*) from mtm_enrollment where member_id = 'TG-X1' and opt_out_date = '2026-05-20'""")).isEqualTo(1);
    }

    @Test
    void anEndOfCoverageBeforeAnyEnrollmentRecordsOptOut02AndBlocksEnrollment() {
        var roster = put("members/tg-ended.csv", ROSTER_HEADER + rosterRow("TG-E1", "2020-01-01", "2026-04-30", ""));
        deliverOk(event(roster));
        assertThat(count("""
                select count(*) from mtm_enrollment where member_id = 'TG-E1' and plan_year = 2026
                and enrollment_date is null and opt_out_date = '2026-04-30' and opt_out_reason = '02'""")).isEqualTo(1);
        assertThat(count("""
                select count(*) from audit_event where member_id = 'TG-E1' and action = 'MTM_OPTED_OUT'
                and details ->> 'oldState' = 'NOT_ENROLLED' and details ->> 'cause' = 'END_OF_COVERAGE'""")).isEqualTo(1);

        // Claims up to April qualify the member, but they left the plan: decided, never enrolled.
        String claims = eligibleClaims("TG-E1").replace("2026-05-14", "2026-04-14");
        deliverOk(event(put("pharmacy-claims/tg-e1.csv", CLAIMS_HEADER + claims)));
        assertThat(count("select count(*) from eligibility_determination where member_id = 'TG-E1' and eligible")).isEqualTo(1);
        assertThat(count("select count(*) from mtm_enrollment where member_id = 'TG-E1' and enrollment_date is not null")).isZero();
    }

    @Test
    void aDisenrollmentAtTheEndOfLastYearIsRecordedInLastYearsRow() {
        deliverOk(event(put("members/tg-last-year.csv", ROSTER_HEADER + rosterRow("TG-L1", "", "2025-12-31", ""))));
        assertThat(count("""
                select count(*) from mtm_enrollment where member_id = 'TG-L1' and plan_year = 2025
                and opt_out_date = '2025-12-31' and opt_out_reason = '02'""")).isEqualTo(1);
        assertThat(count("select count(*) from mtm_enrollment where member_id = 'TG-L1' and plan_year = 2026")).isZero();
    }

    @Test
    void aPlannedEndOfCoverageIsKeptButNotYetAnOptOut() {
        deliverOk(event(put("members/tg-planned.csv", ROSTER_HEADER + rosterRow("TG-P1", "2026-01-01", "2026-09-30", ""))));
        deliverOk(event(put("pharmacy-claims/tg-p1.csv", CLAIMS_HEADER + eligibleClaims("TG-P1"))));
        assertThat(count("""
                select count(*) from member where member_id = 'TG-P1' and coverage_start = '2026-01-01'
                and coverage_end = '2026-09-30'""")).isEqualTo(1);
        assertThat(count("""
                select count(*) from mtm_enrollment where member_id = 'TG-P1' and enrollment_date = '2026-06-30'
                and opt_out_date is null""")).isEqualTo(1);
        // A roster without the coverage columns never erases them.
        deliverOk(event(put("members/tg-plain.csv", "member_id,contract_id,plan_id,first_name,last_name,date_of_birth,zip\n"
                + "TG-P1,S5801,S5801-001,Ann,Lee,1948-02-01,60601\n")));
        assertThat(count("select count(*) from member where member_id = 'TG-P1' and coverage_end = '2026-09-30'")).isEqualTo(1);
    }

    @Test
    void badCoverageDatesAreRejectedByColumnWithoutTheirValues() {
        var file = put("members/tg-bad.csv", ROSTER_HEADER
                + rosterRow("TG-B1", "2026-03-01", "2026-02-01", "")
                + rosterRow("TG-B2", "", "", "2099-01-01")
                + rosterRow("TG-B3", "2026-03-01", "", "2026-02-01")
                + "TG-OK1,S5801,S5801-001,Ann,Lee,1948-02-01,60601,,,,\n".repeat(1));
        deliverOk(event(file));
        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("REJECTED");
        assertThat(report.getJsonArray("rejections").stream().map(o -> ((JsonObject) o).getString("column")).toList())
                .containsExactly("coverage_end", "date_of_death", "date_of_death");
        assertThat(report.encode()).doesNotContain("2099-01-01");
    }

    @Test
    void theNdcDirectoryReportSaysHowManyProductsWereClassifiedAndHowManyFellToTheDefault() {
        String header = String.join("\t", "PRODUCTID", "PRODUCTNDC", "PRODUCTTYPENAME", "PROPRIETARYNAME",
                "NONPROPRIETARYNAME", "DOSAGEFORMNAME", "ROUTENAME", "SUBSTANCENAME", "PHARM_CLASSES", "DEASCHEDULE");
        String rows = String.join("\n",
                row("1", "0597-0143", "Ofev", "Nintedanib", "NINTEDANIB ESYLATE", "Kinase Inhibitor [EPC], Kinase Inhibitors [MoA]"),
                row("2", "0093-7214", "", "Lisinopril", "LISINOPRIL", "Angiotensin Converting Enzyme Inhibitor [EPC]"),
                row("3", "0093-3109", "", "Amoxicillin", "AMOXICILLIN", "Penicillin-class Antibacterial [EPC]"),
                row("4", "59148-087", "Jynarque", "Tolvaptan", "TOLVAPTAN", "Vasopressin V2 Receptor Antagonist [EPC]"),
                row("5", "12345-678", "Mystery", "Mystery Salve", "MYSTERIUM", ""));
        var file = put("reference/ndc/product.txt", header + "\n" + rows + "\n");
        deliverOk(event(file));
        JsonObject report = report(file.key());
        assertThat(report.getString("status")).isEqualTo("APPLIED");
        assertThat(report.getString("message")).isEqualTo("maintenance classification of 5 products: 3 maintenance, "
                + "2 not; classified 4 (2 by the drug table, 2 by FDA pharmacologic class); 1 fell to the default "
                + "(not maintenance: no known ingredient or class)");
    }

    private static String row(String id, String ndc, String name, String generic, String substances, String classes) {
        return String.join("\t", id, ndc, "HUMAN PRESCRIPTION DRUG", name, generic, "TABLET", "ORAL", substances, classes, "");
    }
}
