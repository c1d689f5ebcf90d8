package com.healthoptions.mtm.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CMS NPI check-digit rule: Luhn over 80840 and the first nine digits. */
class NpiTest {

    @Test
    void cmsExampleNpiIsValidAndEveryOtherLastDigitIsNot() {
        assertThat(Npi.parse("1234567893")).contains("1234567893"); // CMS's worked example
        assertThat(Npi.parse(" 1245319599 ")).contains("1245319599");
        for (int d = 0; d <= 9; d++) {
            if (d != 3) {
                assertThat(Npi.parse("123456789" + d)).as("check digit " + d).isEmpty();
            }
        }
    }

    @Test
    void anythingButTenDigitsIsNoNpi() {
        assertThat(Npi.parse("123456789")).isEmpty();
        assertThat(Npi.parse("12345678930")).isEmpty();
        assertThat(Npi.parse("12345-7893")).isEmpty();
        assertThat(Npi.parse("")).isEmpty();
        assertThat(Npi.parse(null)).isEmpty();
    }

    @Test
    void swappingTwoAdjacentDigitsIsCaught() {
        assertThat(Npi.parse("2134567893")).isEmpty();
    }
}
