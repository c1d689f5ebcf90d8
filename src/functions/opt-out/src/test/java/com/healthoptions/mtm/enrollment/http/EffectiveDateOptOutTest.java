package com.healthoptions.mtm.enrollment.http;

import static com.healthoptions.mtm.enrollment.http.OptOutResourceTest.PROBLEM;
import static com.healthoptions.mtm.enrollment.http.OptOutResourceTest.auditDetail;
import static com.healthoptions.mtm.enrollment.http.OptOutResourceTest.optOut;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 4: staff record an opt-out that took effect earlier (a death or disenrollment learned
 * late) with its effective date; members cannot; a death opt-out is not undone while the member is out
 * of the plan. "Today" is 10 March 2026.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class EffectiveDateOptOutTest {

    @Test
    void staffRecordADeathWithItsEffectiveDateOnThatDaysPlanYear() {
        try (var db = TestData.open()) {
            db.member("EFF-01").enrolled("EFF-01", 2026, LocalDate.of(2026, 1, 15), "01");
        }
        var answer = ApiGatewayEvent.post(optOut("EFF-01")).asStaff("staff-7")
                .json("{\"reason\":\"01\",\"effectiveDate\":\"2026-02-20\"}").send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().getString("status")).isEqualTo("OPTED_OUT");
        assertThat(answer.json().getString("optOutDate")).isEqualTo("2026-02-20");
        assertThat(answer.json().getString("optOutReason")).isEqualTo("01");
        assertThat(auditDetail("EFF-01", "MTM_OPTED_OUT", "effectiveDate")).isEqualTo("2026-02-20");
    }

    @Test
    void aDisenrollmentOnLastYearsLastDayGoesToLastYearsRow() {
        try (var db = TestData.open()) {
            db.member("EFF-02").enrolled("EFF-02", 2025, LocalDate.of(2025, 4, 1), "01");
        }
        var answer = ApiGatewayEvent.post(optOut("EFF-02")).asStaff("staff-7")
                .json("{\"reason\":\"02\",\"effectiveDate\":\"2025-12-31\"}").send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().getInt("planYear")).isEqualTo(2025);
        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, """
                    select count(*) from mtm_enrollment where member_id = 'EFF-02' and plan_year = 2025
                    and enrollment_date = '2025-04-01' and opt_out_date = '2025-12-31' and opt_out_reason = '02'""")).isEqualTo(1);
        }
    }

    @Test
    void aMemberCannotBackdateTheirOptOut() {
        try (var db = TestData.open()) {
            db.member("EFF-03");
        }
        var answer = ApiGatewayEvent.post(optOut("EFF-03")).asMember("EFF-03")
                .json("{\"reason\":\"03\",\"effectiveDate\":\"2026-01-02\"}").send();
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.json().getString("title")).isEqualTo("Effective date reserved for staff");
        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, "select count(*) from mtm_enrollment where member_id = 'EFF-03'")).isZero();
        }
    }

    @Test
    void futureTooOldOrMalformedEffectiveDatesAre400() {
        try (var db = TestData.open()) {
            db.member("EFF-04");
        }
        for (String[] c : new String[][] {
                {"2026-03-11", "effectiveDate must not be in the future"},
                {"2024-12-31", "effectiveDate must be in the current or the previous plan year"},
                {"2026-02-30", "effectiveDate must be a date as YYYY-MM-DD"}}) {
            var answer = ApiGatewayEvent.post(optOut("EFF-04")).asStaff("staff-7")
                    .json("{\"reason\":\"01\",\"effectiveDate\":\"" + c[0] + "\"}").send();
            assertThat(answer.status()).as(c[0]).isEqualTo(400);
            assertThat(answer.json().getList("errors", String.class)).as(c[0]).containsExactly(c[1]);
        }
        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, "select count(*) from mtm_enrollment where member_id = 'EFF-04'")).isZero();
        }
    }

    @Test
    void aDeathOptOutStaysWhileTheMemberIsOutOfThePlan() {
        try (var db = TestData.open()) {
            db.member("EFF-05").coverage("EFF-05", null, null, LocalDate.of(2026, 2, 1))
                    .optedOut("EFF-05", 2026, LocalDate.of(2026, 2, 1), "01");
        }
        var answer = ApiGatewayEvent.delete(optOut("EFF-05")).asStaff("staff-7").send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().getString("status")).isEqualTo("OPTED_OUT");
        assertThat(answer.json().getString("optOutReason")).isEqualTo("01");
    }
}
