package com.healthoptions.mtm.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The schema's member id rule (V1: {@code ^[A-Za-z0-9_-]{1,40}$}), the one every entry point uses. */
class MemberIdTest {

    @Test
    void lettersDigitsHyphensAndUnderscoresUpToFortyAreMemberIds() {
        assertThat(MemberId.parse("M000123")).map(MemberId::value).contains("M000123");
        assertThat(MemberId.parse("a_b-C9")).isPresent();
        assertThat(MemberId.parse("x".repeat(40))).isPresent();
    }

    @Test
    void anythingElseIsNotAndTheRefusalDoesNotQuoteIt() {
        for (String bad : new String[] {null, "", "x".repeat(41), "M 1", " M1", "M1\n", "x' or 1=1", "M.1", "MÉ1"}) {
            assertThat(MemberId.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
        assertThatThrownBy(() -> new MemberId("secret id")).hasMessageNotContaining("secret");
    }
}
