package com.healthoptions.mtm.program.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmsRecordBuilderTest {

    static final CmsLayout Y2026 = CmsLayout.forYear(2026);
    static final LocalDate ENROLLED = LocalDate.of(2026, 3, 2);

    /** A member enrolled on 2 March 2026 with nothing else recorded. */
    static CmsMemberFacts enrolled() {
        return new CmsMemberFacts("M1", "S5801", "1EG4TE5MK73", "Ada", "Lovelace", LocalDate.of(1948, 12, 10), "01",
                ENROLLED, ENROLLED, null, null, null, null, null, null, null, null, null, null, null, 0, null, 0, 0,
                null, null);
    }

    static CmsMemberFacts with(CmsMemberFacts f, LocalDate optOut, String reason, LocalDate offer, LocalDate cmr,
            LocalDate summary) {
        return new CmsMemberFacts(f.memberId(), f.contractId(), f.mbi(), f.firstName(), f.lastName(), f.dateOfBirth(),
                f.reasonTargetedCode(), f.enrollmentDate(), f.dateMetCriteria(), optOut, reason, offer,
                offer == null ? null : "BENEFICIARY", cmr, cmr == null ? null : "TELEHEALTH",
                cmr == null ? null : "LOCAL_PHARMACIST", cmr == null ? null : "CAREGIVER", cmr == null ? null : "YES",
                cmr == null ? null : "NO", summary, 0, null, 0, 0, null, null);
    }

    static List<String> failed(CmsRecord r) {
        return r.failures().stream().map(e -> e.edit() + " " + e.field() + ": " + e.reason()).toList();
    }

    @Test
    void aMemberWithNothingButEnrollmentIsWrittenWithBlanksZerosAndUnknowns() {
        CmsRecord r = CmsRecordBuilder.build(enrolled(), Y2026, false);

        assertThat(r.passed()).isTrue();
        assertThat(r.line()).hasSize(174);
        assertThat(r.line().substring(85, 89)).isEqualTo("01UU");
        assertThat(r.line().substring(115, 116)).isEqualTo("N");
        assertThat(r.line().substring(149, 152)).isEqualTo("000");
        assertThat(r.line().substring(164)).isBlank();
    }

    @Test
    void theSameFactsGiveThe2019RecordInItsOwnShape() {
        CmsRecord r = CmsRecordBuilder.build(with(enrolled(), null, null, LocalDate.of(2026, 3, 3),
                LocalDate.of(2026, 4, 1), null), CmsLayout.forYear(2026), false);
        CmsMemberFacts old = new CmsMemberFacts("M1", "S5801", "1EG4TE5MK73", "Ada", "Lovelace", LocalDate.of(1948, 12, 10),
                "01", LocalDate.of(2019, 3, 2), LocalDate.of(2019, 3, 2), null, null, null, null, null, null, null, null,
                null, null, null, 0, null, 0, 0, null, null);
        CmsRecord r2019 = CmsRecordBuilder.build(old, CmsLayout.forYear(2019), false);

        assertThat(r.passed()).isTrue();
        assertThat(r2019.line()).hasSize(163);
        assertThat(r2019.line().substring(85, 88)).as("F met criteria Y, G and H unknown").isEqualTo("YUU");
        assertThat(r2019.line().substring(88, 96)).isEqualTo("20190302");
    }

    @Test
    void anOptOutDateNeedsAReasonAndAReasonNeedsADate() {
        assertThat(failed(CmsRecordBuilder.build(with(enrolled(), LocalDate.of(2026, 5, 1), null, null, null, null), Y2026, false)))
                .containsExactly("V04 L OPT_OUT_REASON: missing although there is an opt-out date");
        assertThat(failed(CmsRecordBuilder.build(with(enrolled(), null, "03", null, null, null), Y2026, false)))
                .containsExactly("V04 K OPT_OUT_DATE: missing although there is an opt-out reason");
    }

    @Test
    void datesMustBeInOrderAndInsideTheEnrollmentPeriod() {
        CmsMemberFacts f = with(enrolled(), LocalDate.of(2026, 2, 1), "03", LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 30));
        assertThat(failed(CmsRecordBuilder.build(f, Y2026, false))).containsExactly(
                "V05 K OPT_OUT_DATE: before the enrollment date",
                "V06 Q CMR_DATE: not inside the member's MTM enrollment period",
                "V06 R CMR_SUMMARY_SENT_DATE: before the CMR date",
                "V07 N CMR_OFFER_DATE: after the CMR date");
    }

    @Test
    void aCmrBeforeEnrollmentOrWithoutAnOfferIsHeldBack() {
        assertThat(failed(CmsRecordBuilder.build(with(enrolled(), null, null, null, LocalDate.of(2026, 3, 1), null), Y2026, false)))
                .containsExactly("V06 Q CMR_DATE: not inside the member's MTM enrollment period",
                        "V07 M CMR_OFFERED: a CMR was received but no offer is recorded");
    }

    @Test
    void theMbiMustBeThereInCmsFormatAndOnlyOnce() {
        CmsMemberFacts f = enrolled();
        CmsMemberFacts noMbi = new CmsMemberFacts("M1", "S5801", null, "Ada", "Lovelace", f.dateOfBirth(), "01", ENROLLED,
                ENROLLED, null, null, null, null, null, null, null, null, null, null, null, 0, null, 0, 0, null, null);
        CmsMemberFacts badMbi = new CmsMemberFacts("M1", "S5801", "1SG4TE5MK73", "Ada", "Lovelace", f.dateOfBirth(), "01",
                ENROLLED, ENROLLED, null, null, null, null, null, null, null, null, null, null, null, 0, null, 0, 0, null, null);
        assertThat(failed(CmsRecordBuilder.build(noMbi, Y2026, false))).containsExactly("V01 B BENEFICIARY_ID: MBI missing from the roster");
        assertThat(failed(CmsRecordBuilder.build(badMbi, Y2026, false))).containsExactly("V01 B BENEFICIARY_ID: not in the CMS MBI format");
        assertThat(failed(CmsRecordBuilder.build(f, Y2026, true)))
                .containsExactly("V02 B BENEFICIARY_ID: the same MBI is on another record of this contract");
    }

    @Test
    void enrollmentOutsideThePlanYearAndCodesOutsideTheLayoutAreHeldBack() {
        CmsMemberFacts f = new CmsMemberFacts("M1", "S5801", "1EG4TE5MK73", "Ada", "Lovelace", LocalDate.of(1948, 12, 10), "07",
                LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 30), null, null, null, null, null, null, null, null,
                null, null, null, 1000, LocalDate.of(2026, 1, 5), 100, 3, null, null);
        assertThat(failed(CmsRecordBuilder.build(f, Y2026, false))).containsExactly(
                "V03 I ENROLLMENT_DATE: not inside the plan year",
                "V08 F REASON_TARGETED: code not in the 2026 layout's list",
                "V09 V TMR_COUNT: does not fit its 3 positions",
                "V09 X RECOMMENDATIONS_TO_PRESCRIBERS: does not fit its 2 positions");
    }

    @Test
    void namesAreFoldedToAsciiAndShortenedWithAWarningNotAFailure() {
        CmsMemberFacts f = enrolled();
        CmsMemberFacts accented = new CmsMemberFacts("M1", "S5801", "1EG4TE5MK73", "Zoë", "Wolfeschlegelsteinhausenbergerdorff",
                f.dateOfBirth(), "01", ENROLLED, ENROLLED, null, null, null, null, null, null, null, null, null, null, null,
                0, null, 0, 0, null, null);

        CmsRecord r = CmsRecordBuilder.build(accented, Y2026, false);

        assertThat(r.passed()).isTrue();
        assertThat(r.line().substring(17, 47)).isEqualTo("Zoe" + " ".repeat(27));
        assertThat(r.line().substring(47, 77)).isEqualTo("Wolfeschlegelsteinhausenberger");
        assertThat(r.warnings()).extracting(CmsEdit::reason).containsExactly("folded to ASCII",
                "longer than 30 characters: shortened");
        assertThat(r.warnings().toString()).doesNotContain("Zo").doesNotContain("Wolf");
    }
}
