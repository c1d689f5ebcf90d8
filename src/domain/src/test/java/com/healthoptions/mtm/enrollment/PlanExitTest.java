package com.healthoptions.mtm.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.eligibility.Coverage;
import com.healthoptions.mtm.eligibility.EligibilityDecision;
import com.healthoptions.mtm.eligibility.ReasonTargeted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 10, item 4: a death or end of coverage ends MTM on its effective date and is never followed by an enrollment. */
class PlanExitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static Stream<Arguments> exits() {
        return Stream.of(
                Arguments.of("CMS opt-out reason 01: death, dated the date of death", null, "2026-03-10", "2026-03-10", "01"),
                Arguments.of("CMS opt-out reason 02: disenrollment, dated the last covered day", "2026-04-30", null, "2026-04-30", "02"),
                Arguments.of("a death before the end of coverage is the exit (01)", "2026-04-30", "2026-04-02", "2026-04-02", "01"),
                Arguments.of("a death on the last covered day is still a death (01)", "2026-04-30", "2026-04-30", "2026-04-30", "01"),
                Arguments.of("an end of coverage on 31 December stays in its reporting year", "2025-12-31", null, "2025-12-31", "02"),
                Arguments.of("an end of coverage today is recorded today", "2026-06-30", null, "2026-06-30", "02"),
                Arguments.of("a planned end of coverage tomorrow is not recorded yet", "2026-07-01", null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exits")
    void theExitCarriesItsEffectiveDateAndReason(String source, String end, String death, String effective, String reason) {
        var exit = PlanExit.of(new Coverage(null, d(end), d(death)), TODAY);
        assertThat(exit.map(PlanExit::effectiveDate).orElse(null)).as(source).isEqualTo(d(effective));
        assertThat(exit.map(e -> e.reason().code()).orElse(null)).as(source).isEqualTo(reason);
        exit.ifPresent(e -> assertThat(e.planYear()).isEqualTo(d(effective).getYear()));
    }

    static EligibilityDecision eligible(Coverage coverage) {
        return new EligibilityDecision("M1", "S5801-001", 2026, TODAY, true, ReasonTargeted.CHRONIC_DISEASES_DRUGS_COST,
                new BigDecimal("2000.00"), 8, 3, false, d("2026-02-01"), coverage, List.of());
    }

    static Stream<Arguments> enrollment() {
        return Stream.of(
                Arguments.of("covered throughout", Coverage.CONTINUOUS, true),
                Arguments.of("died before the run: never enrolled afterwards", new Coverage(null, null, d("2026-05-01")), false),
                Arguments.of("coverage ended before the run", new Coverage(null, d("2026-06-29"), null), false),
                Arguments.of("coverage ends today: still in the plan today", new Coverage(null, d("2026-06-30"), null), true),
                Arguments.of("coverage starts tomorrow: not yet", new Coverage(d("2026-07-01"), null, null), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enrollment")
    void optOutEnrollmentNeedsTheMemberInThePlanThatDay(String source, Coverage coverage, boolean enrolls) {
        assertThat(AutoEnrollment.mayEnroll(eligible(coverage), TODAY)).as(source).isEqualTo(enrolls);
    }

    static Stream<Arguments> cmsRecords() {
        return Stream.of(
                // enrollment, date met, opt-out, reason -> reported?, reported opt-out, reported date met
                Arguments.of("opted out before any enrollment: not an MTM enrollee, not reported",
                        null, null, "2026-03-01", "03", false, null, null),
                Arguments.of("died before any enrollment: not reported", null, null, "2026-03-10", "01", false, null, null),
                Arguments.of("enrolled then opted out: both dates as stored", "2026-02-01", "2026-01-20", "2026-03-01", "03",
                        true, "2026-03-01", "2026-01-20"),
                Arguments.of("a death learned late, before the enrollment made meanwhile: opt-out on the enrollment date",
                        "2026-06-01", "2026-05-15", "2026-03-10", "01", true, "2026-06-01", "2026-05-15"),
                Arguments.of("date met never after the enrollment date", "2026-02-01", "2026-02-05", null, null,
                        true, null, "2026-02-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cmsRecords")
    void theCmsFileRecordIsConsistent(String source, String enrolled, String met, String optOut, String reason,
            boolean reported, String reportedOptOut, String reportedMet) {
        var row = EnrollmentState.of("M1", 2026, d(enrolled), d(met), d(optOut), reason, "01");
        var record = MtmFileEnrollment.of(row);
        assertThat(record.isPresent()).as(source).isEqualTo(reported);
        record.ifPresent(r -> {
            assertThat(r.optOutDate()).as(source).isEqualTo(d(reportedOptOut));
            assertThat(r.optOutReason()).as(source).isEqualTo(reportedOptOut == null ? null : reason);
            assertThat(r.dateMetCriteria()).as(source).isEqualTo(d(reportedMet));
            assertThat(r.optOutDate() == null || !r.optOutDate().isBefore(r.enrollmentDate())).isTrue();
        });
    }
}
