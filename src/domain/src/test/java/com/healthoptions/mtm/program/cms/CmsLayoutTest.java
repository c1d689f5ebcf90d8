package com.healthoptions.mtm.program.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CmsLayoutTest {

    @ParameterizedTest
    @ValueSource(ints = {2019, 2022, 2023, 2024, 2025, 2026})
    void everyDeclaredLayoutLoadsWithContiguousFieldsAndCodesForEverySetItUses(int year) {
        CmsLayout layout = CmsLayout.forYear(year);

        assertThat(layout.planYear()).isEqualTo(year);
        int expectedStart = 0;
        for (CmsLayout.Field f : layout.fields()) {
            assertThat(f.start()).isEqualTo(expectedStart);
            expectedStart += f.width();
        }
        assertThat(expectedStart).isEqualTo(layout.recordLength());
        assertThat(layout.carries(CmsSource.CONTRACT_ID)).isTrue();
        assertThat(layout.carries(CmsSource.BENEFICIARY_ID)).isTrue();
        assertThat(layout.carries(CmsSource.OPT_OUT_REASON)).isTrue();
    }

    @Test
    void theBaseLayoutIsThe2019VendorLayoutOf163Bytes() {
        CmsLayout layout = CmsLayout.forYear(2019);
        assertThat(layout.recordLength()).isEqualTo(163);
        assertThat(layout.fields().stream().map(CmsLayout.Field::element).toList())
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R",
                        "S", "T", "U", "V", "W", "X", "Y");
        assertThat(layout.field(CmsSource.MET_TARGETING_CRITERIA).width()).isEqualTo(1);
        assertThat(layout.carries(CmsSource.REASON_TARGETED)).isFalse();
        assertThat(layout.carries(CmsSource.SAFE_DISPOSAL_DATE)).isFalse();
        assertThat(layout.codes().get(CmsSource.CodeSet.CMR_DELIVERY_METHOD).codes()).containsEntry("OTHER", "04");
    }

    @Test
    void theConfirmedLaterFragmentsHold() {
        assertThat(CmsLayout.forYear(2022).field(CmsSource.ENROLLMENT_DATE).element()).isEqualTo("I");
        assertThat(CmsLayout.forYear(2022).field(CmsSource.BENEFICIARY_ID).confirmed()).isTrue();
        assertThat(CmsLayout.forYear(2022).field(CmsSource.REASON_TARGETED).width()).isEqualTo(2);
        assertThat(CmsLayout.forYear(2023).field(CmsSource.ENROLLMENT_DATE).element()).isEqualTo("H");
        assertThat(CmsLayout.forYear(2023).field(CmsSource.CMR_DATE).element()).isEqualTo("P");
        for (int year : List.of(2024, 2025)) {
            CmsLayout.Field j = CmsLayout.forYear(year).field(CmsSource.DATE_MET_CRITERIA);
            assertThat(j.element()).isEqualTo("J");
            assertThat(j.confirmed()).isTrue();
        }
        assertThat(CmsLayout.forYear(2026).codes().get(CmsSource.CodeSet.CMR_DELIVERY_METHOD).codes())
                .containsEntry("OTHER", "99");
        assertThat(CmsLayout.forYear(2026).field(CmsSource.SAFE_DISPOSAL_DATE).confirmed()).isFalse();
    }

    @Test
    void aYearWithoutALayoutSaysWhichFileToAdd() {
        assertThatThrownBy(() -> CmsLayout.forYear(2021)).isInstanceOf(CmsLayout.NoLayoutException.class)
                .hasMessageContaining("cms-mtm-layout/2021.layout");
    }

    static final String SMALL = """
            plan-year | 2030
            record-length | 7
            line-end | CRLF | assumed | x
            field | A | CONTRACT_ID | 5 | confirmed | x
            field | B | OPT_OUT_REASON | 2 | assumed | x
            codes | OPT_OUT_REASON | DEATH=01, DISENROLLMENT=02, BENEFICIARY_REQUEST=03, OTHER=99 | confirmed | x
            """;

    @Test
    void mistakesInALayoutFailAtLoadNamingTheLine() {
        assertThat(CmsLayout.parse(SMALL, "t").lineEnd()).isEqualTo("\r\n");
        assertThatThrownBy(() -> CmsLayout.parse(SMALL.replace("record-length | 7", "record-length | 8"), "t"))
                .hasMessageContaining("widths add up to 7, not record-length 8");
        assertThatThrownBy(() -> CmsLayout.parse(SMALL.replace(", OTHER=99", ""), "t"))
                .hasMessageContaining("no code for [OTHER]");
        assertThatThrownBy(() -> CmsLayout.parse(SMALL.replace("OTHER=99", "OTHER=999"), "t"))
                .hasMessageContaining("does not fill the 2 positions");
        assertThatThrownBy(() -> CmsLayout.parse(SMALL.replace("OPT_OUT_REASON | 2", "OPT_OUT_REASONS | 2"), "t"))
                .hasMessageContaining("line 5").hasMessageContaining("unknown source");
        assertThatThrownBy(() -> CmsLayout.parse(SMALL.replace("| confirmed | x\nfield", "| maybe | x\nfield"), "t"))
                .hasMessageContaining("confirmed or assumed");
    }
}
