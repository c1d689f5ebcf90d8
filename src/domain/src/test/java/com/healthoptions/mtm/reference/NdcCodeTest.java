package com.healthoptions.mtm.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NdcCodeTest {

    @Test
    void everyDashedTenDigitLayoutPadsToTheSameElevenDigitForm() {
        assertThat(NdcCode.toElevenDigits("0002-1433-80")).contains("00002143380");   // 4-4-2
        assertThat(NdcCode.toElevenDigits("50090-123-01")).contains("50090012301");  // 5-3-2
        assertThat(NdcCode.toElevenDigits("68180-0513-1")).contains("68180051301");  // 5-4-1
        assertThat(NdcCode.toElevenDigits("68180-0513-01")).contains("68180051301"); // 5-4-2
        assertThat(NdcCode.toElevenDigits("68180051301")).contains("68180051301");
    }

    @Test
    void tenUndashedDigitsAreAmbiguousAndYieldEveryReading() {
        assertThat(NdcCode.elevenDigitCandidates("0002143380"))
                .containsExactly("00002143380", "00021043380", "00021433800");
        assertThat(NdcCode.toElevenDigits("0002143380")).isEmpty();
    }

    @Test
    void malformedCodesAreNotNdcs() {
        assertThat(NdcCode.elevenDigitCandidates("12-34-56")).isEmpty();
        assertThat(NdcCode.elevenDigitCandidates("abcdefghijk")).isEmpty();
        assertThat(NdcCode.elevenDigitCandidates("123456789012")).isEmpty();
        assertThat(NdcCode.elevenDigitCandidates(null)).isEmpty();
    }

    @Test
    void productKeysComeFromPackageAndProductNdcsAlike() {
        assertThat(NdcCode.productKey("00002143380")).isEqualTo("000021433");
        assertThat(NdcCode.productKeyOfProductNdc("0002-1433")).contains("000021433");
        assertThat(NdcCode.productKeyOfProductNdc("50090-123")).contains("500900123");
        assertThat(NdcCode.productKeyOfProductNdc("12345-6789")).contains("123456789");
        assertThat(NdcCode.productKeyOfProductNdc("123-45")).isEmpty();
    }
}
