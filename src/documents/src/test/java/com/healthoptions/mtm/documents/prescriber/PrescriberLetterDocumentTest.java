package com.healthoptions.mtm.documents.prescriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.healthoptions.mtm.documents.PdfPages;
import com.healthoptions.mtm.documents.SampleDocuments;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Fill;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Finding;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Patient;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Prescriber;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TMR letter as the prescriber reads it: each patient's findings with their evidence and recommendation. */
class PrescriberLetterDocumentTest {

  private static final String HEADER =
      "Chinedu Okafor, MD (NPI 1234567893) · Targeted medication review, 07/01/2026 to 09/30/2026 · 10/15/2026";

  @Test
  void theLetterIsAddressedToThePrescriberAndSaysWhoToCall() {
    try (var pages = new PdfPages(PrescriberLetterDocument.render(SampleDocuments.prescriberLetter()))) {
      assertThat(pages.text(1))
          .startsWith(HEADER)
          .contains("Health Options Program Medication Therapy Management Program")
          .contains("October 15, 2026")
          .contains("Chinedu Okafor, MD 900 Medical Center Dr Suite 210 Springfield, IL 62702")
          .contains("Dear Chinedu Okafor, MD:")
          .contains("for 2 of your patients")
          .contains("please call Dana Whitfield, PharmD at 1-866-352-5305")
          .doesNotContain("Fax");
      assertThat(pages.text()).contains("Sincerely, Dana Whitfield, PharmD, Clinical Pharmacist, MTM Program");
    }
  }

  @Test
  void eachPatientsFindingsCarryTheirEvidenceSeverityRecommendationAndRule() {
    try (var pages = new PdfPages(PrescriberLetterDocument.render(SampleDocuments.prescriberLetter()))) {
      var text = pages.text();
      var delgado = between(text, "Margaret A. Delgado Date of birth:", "Robert J. Kowalski Date of birth:");
      assertThat(delgado)
          .startsWith("Margaret A. Delgado Date of birth: 03/14/1948 · Member ID: 1EG4TE5MK73 · 2 findings")
          .contains("NSAID with heart failure Severity: High")
          .contains("Fill: Ibuprofen 800 mg tablet, filled 08/04/2026, 30 days supply, through 09/02/2026")
          .contains("Fill: Ibuprofen 800 mg tablet, filled 09/06/2026, 30 days supply, through 10/05/2026")
          .contains("Diagnosis: ICD-10-CM I50.22, Chronic systolic (congestive) heart failure, 05/19/2026")
          .contains("Recommendation: NSAIDs can cause fluid retention and worsen heart failure.")
          .contains("Rule DDI-NSAID-HF, version 2026.1")
          .contains("Statin adherence below 80 % of days covered Severity: Moderate")
          .contains("Fill: Atorvastatin 20 mg tablet, filled 01/08/2026, 90 days supply, through 04/07/2026")
          .contains("Rule ADH-STATIN-PDC, version 2026.1")
          .doesNotContain("Oxycodone");
      var kowalski = text.substring(text.indexOf("Robert J. Kowalski Date of birth:"));
      assertThat(kowalski)
          .startsWith("Robert J. Kowalski Date of birth: 10/02/1951 · Member ID: 5TR9HN2QK40 · 1 finding")
          .contains("Concurrent opioid and benzodiazepine Severity: High")
          .contains("Fill: Oxycodone 5 mg tablet, filled 08/20/2026, 30 days supply, through 09/18/2026")
          .contains("Fill: Alprazolam 0.5 mg tablet, filled 09/01/2026, 30 days supply, through 09/30/2026")
          .contains("Recommendation: Overlapping days supply of an opioid and a benzodiazepine")
          .doesNotContain("Ibuprofen");
    }
  }

  @Test
  void manyPatientsRunOverPagesEachPageHeadedAndNoFindingSplit() {
    var letter = SampleDocuments.prescriberLetter(SampleDocuments.manyPatients(12));
    try (var pages = new PdfPages(PrescriberLetterDocument.render(letter))) {
      assertThat(pages.count()).isGreaterThanOrEqualTo(5);
      for (int n = 1; n <= pages.count(); n++) {
        assertThat(pages.text(n)).as("page %d", n)
            .startsWith(HEADER)
            .contains("Confidential: protected health information")
            .endsWith("Page " + n + " of " + pages.count());
      }
      for (int i = 1; i <= 12; i++) {
        for (var title : List.of("Duplicate therapy: two statins (patient " + i + ")",
            "Metformin with end-stage renal disease (patient " + i + ")")) {
          int page = pageWith(pages, title);
          // The finding's box is whole on its page: title, the patient, evidence, recommendation.
          var box = pages.text(page).substring(pages.text(page).indexOf(title));
          assertThat(box).as(title).contains("Patient: Patient Number " + i + " Evidence: Fill:")
              .contains("(patient " + i + ").");
        }
      }
    }
  }

  @Test
  void markupInNamesAndDrugsPrintsLiterally() {
    var patient = new Patient("Liam O'Brien <script>x</script>", LocalDate.of(1950, 2, 3), "M<1>&2", List.of(
        new Finding("R&D", "1<2", "Title <b>bold</b>", Severity.LOW,
            List.of(new Fill("Drug \"A\" & <B>", LocalDate.of(2026, 7, 1), 1)), "Stop <it> & see")));
    var letter = SampleDocuments.prescriberLetter(List.of(patient));
    assertThat(PrescriberLetterDocument.html(letter)).doesNotContain("<script>").doesNotContain("<b>bold");
    try (var pages = new PdfPages(PrescriberLetterDocument.render(letter))) {
      assertThat(pages.text())
          .contains("Liam O'Brien <script>x</script> Date of birth: 02/03/1950 · Member ID: M<1>&2 · 1 finding")
          .contains("Title <b>bold</b> Severity: Low")
          .contains("Fill: Drug \"A\" & <B>, filled 07/01/2026, 1 day supply, through 07/01/2026")
          .contains("Recommendation: Stop <it> & see")
          .contains("Rule R&D, version 1<2");
    }
  }

  @Test
  void aLetterNeedsATenDigitNpiAndEveryPatientAFinding() {
    var address = SampleDocuments.PRESCRIBER.address();
    assertThatThrownBy(() -> new Prescriber("Dr. X", "123456789", address))
        .hasMessage("prescriber.npi must be 10 digits");
    assertThatThrownBy(() -> new Patient("A B", LocalDate.of(1950, 1, 1), "M1", List.of()))
        .hasMessage("patients.findings needs at least one entry");
    assertThatThrownBy(() -> new Fill("Drug", LocalDate.of(2026, 1, 1), 0))
        .hasMessage("evidence.daysSupply must be at least 1");
    assertThatThrownBy(() -> SampleDocuments.prescriberLetter(List.of()))
        .hasMessage("patients needs at least one entry");
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = text.indexOf(to, start);
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    return text.substring(start, end);
  }

  private static int pageWith(PdfPages pages, String text) {
    for (int n = 1; n <= pages.count(); n++) {
      if (pages.text(n).contains(text)) {
        return n;
      }
    }
    throw new AssertionError("No page with " + text);
  }
}
