package com.healthoptions.mtm.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ISO dates as every entry point reads them, and the date of birth keyed on a phone. */
class StrictDateTest {

    @Test
    void anIsoDateIsFourDigitsOfYearAndARealDay() {
        assertThat(StrictDate.iso("2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(StrictDate.iso("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void lenientFormsAreNotInTheFormAndImpossibleDaysAreNotOnTheCalendar() {
        for (String malformed : new String[] {"2026-1-05", "20260105", "+2026-01-05", "2026/01/05", "2026-01-05T00:00",
                " 2026-01-05", "２０２６-01-05", ""}) {
            assertThat(catchThrowableOfType(StrictDate.InvalidDateException.class, () -> StrictDate.iso(malformed))
                    .malformed()).as(malformed).isTrue();
        }
        for (String impossible : new String[] {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31"}) {
            assertThat(catchThrowableOfType(StrictDate.InvalidDateException.class, () -> StrictDate.iso(impossible))
                    .malformed()).as(impossible).isFalse();
        }
        assertThat(catchThrowableOfType(StrictDate.InvalidDateException.class, () -> StrictDate.iso("2026-02-30"))
                .getMessage()).doesNotContain("2026");
    }

    @Test
    void aDateOfBirthKeyedOnAPhoneIsMonthDayYear() {
        assertThat(StrictDate.keyedOnPhone("12101948")).contains(LocalDate.of(1948, 12, 10));
        assertThat(StrictDate.keyedOnPhone("02301948")).isEmpty();
        assertThat(StrictDate.keyedOnPhone("1948-12-10")).isEmpty();
        assertThat(StrictDate.keyedOnPhone("1210194")).isEmpty();
        assertThat(StrictDate.keyedOnPhone(null)).isEmpty();
    }

    @Test
    void aBirthDateIsFrom1900UpToToday() {
        LocalDate today = LocalDate.of(2026, 6, 30);
        assertThat(StrictDate.possibleBirthDate(LocalDate.of(1900, 1, 1), today)).isTrue();
        assertThat(StrictDate.possibleBirthDate(today, today)).isTrue();
        assertThat(StrictDate.possibleBirthDate(LocalDate.of(1899, 12, 31), today)).isFalse();
        assertThat(StrictDate.possibleBirthDate(today.plusDays(1), today)).isFalse();
    }
}
