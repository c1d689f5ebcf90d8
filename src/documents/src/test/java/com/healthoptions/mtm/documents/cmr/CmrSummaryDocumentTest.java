package com.healthoptions.mtm.documents.cmr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.healthoptions.mtm.documents.MailingAddress;
import com.healthoptions.mtm.documents.PdfPages;
import com.healthoptions.mtm.documents.SampleDocuments;
import com.healthoptions.mtm.documents.cmr.CmrSummary.Medication;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** The CMR written summary as the member reads it: Form CMS-10396's parts, fields and large print (BRIEF). */
class CmrSummaryDocumentTest {

  private static final String HEADER = "Margaret A. Delgado Date of birth: 03/14/1948 · Date prepared: 11/20/2026";

  @Test
  void theCoverLetterThenTheActionPlanThenTheMedicationListEachWithItsHeadingsInOrder() {
    try (var pages = new PdfPages(CmrSummaryDocument.render(SampleDocuments.cmrSummary()))) {
      var text = pages.text();
      var headings = List.of(
          "Thank you for talking with me on November 18, 2026",
          "Medication Action Plan",
          "What we talked about",
          "What I need to do",
          "What I did and when I did it",
          "My follow-up plan",
          "Questions I want to ask",
          "Personal Medication List",
          "Allergies and side effects",
          "My medicines",
          "Medicine Metformin 500 mg tablet",
          "Other information");
      int at = -1;
      for (var heading : headings) {
        int next = text.indexOf(heading, at + 1);
        assertThat(next).as("'%s' after the heading before it", heading).isGreaterThan(at);
        at = next;
      }
      // Each part starts on a page of its own.
      int actionPlanPage = firstPageWith(pages, "Medication Action Plan for");
      int medicationListPage = firstPageWith(pages, "Personal Medication List for");
      assertThat(pages.text(actionPlanPage - 1)).contains("Sincerely");
      assertThat(pages.text(actionPlanPage)).doesNotContain("Sincerely");
      assertThat(medicationListPage).isGreaterThan(actionPlanPage);
      assertThat(pages.text(medicationListPage)).doesNotContain("Questions I want to ask");
    }
  }

  @Test
  void theCoverLetterHasThePlanUseSpaceDateInsideAddressContactLineAndSigner() {
    try (var pages = new PdfPages(CmrSummaryDocument.render(SampleDocuments.cmrSummary()))) {
      var letter = pages.text(1);
      assertThat(letter)
          .contains("Reference: MTM-CMR 2026-0412")
          .contains("November 20, 2026")
          .contains("Margaret A. Delgado 1482 Juniper Hollow Rd Apt 3B Springfield, IL 62704")
          .contains("Dear Margaret A. Delgado:")
          .contains("Thank you for talking with me on November 18, 2026")
          .contains("Medication Action Plan").contains("Personal Medication List")
          .contains("call Optum Rx at 1-866-352-5305, Monday through Friday, 8:00 a.m. to 8:00 p.m. Central Time")
          .contains("TTY users call 711")
          .contains("Health Options Program MTM program")
          .contains("Sincerely, Dana Whitfield, PharmD, Clinical Pharmacist, MTM Program");
    }
  }

  @Test
  void eachMedicineShowsWhatHowWhyPrescriberAndItsDatesTogether() {
    var summary = SampleDocuments.cmrSummary();
    try (var pages = new PdfPages(CmrSummaryDocument.render(summary))) {
      var text = pages.text();
      for (var medication : summary.medications()) {
        var box = box(text, medication.medicine());
        assertThat(box)
            .contains("How I use it " + medication.howIUseIt())
            .contains("Why I use it " + medication.whyIUseIt())
            .contains("Prescriber " + medication.prescriber())
            .contains("Date I started using it " + numeric(medication.dateStarted()));
      }
      var stopped = box(text, "Ibuprofen 200 mg tablet (Advil)");
      assertThat(stopped)
          .contains("Date I stopped using it 11/18/2026")
          .contains("Why I stopped using it Can make heart failure worse (talked with my pharmacist)");
      assertThat(text).contains("Penicillin: rash and hives").contains("Lisinopril: dry cough (stopped in 2019)");
      assertThat(text).contains("My daughter helps me refill it on Sundays.");
    }
  }

  @Test
  void theActionPlanCarriesEachItemAndTheFollowUpAndQuestions() {
    try (var pages = new PdfPages(CmrSummaryDocument.render(SampleDocuments.cmrSummary()))) {
      var text = pages.text();
      assertThat(text)
          .contains("What we talked about You take ibuprofen (Advil) most days for knee pain.")
          .contains("What I need to do Stop taking ibuprofen.")
          .contains("What we talked about Sometimes you forget your evening dose of metformin.")
          .contains("Call Dr. Okafor if I gain 3 pounds in a day.")
          .contains("Should I still take aspirin every day?")
          .contains("Can I get 90-day supplies of my heart medicines?");
    }
  }

  @Test
  void aLongMedicationListRunsOverPagesWithEveryPageHeadedAndNoMedicineSplit() {
    var shortList = SampleDocuments.cmrSummary();
    var longList = SampleDocuments.cmrSummary("Margaret A. Delgado", SampleDocuments.manyMedications(30));
    int shortPages;
    try (var pages = new PdfPages(CmrSummaryDocument.render(shortList))) {
      shortPages = pages.count();
    }
    try (var pages = new PdfPages(CmrSummaryDocument.render(longList))) {
      assertThat(pages.count()).isGreaterThanOrEqualTo(shortPages + 8);
      for (int n = 1; n <= pages.count(); n++) {
        var page = pages.text(n);
        assertThat(page).as("page %d", n).startsWith(HEADER).endsWith("Page " + n + " of " + pages.count());
      }
      assertNoPageIsBlank(pages);
      var text = pages.text();
      for (int i = 1; i <= 30; i++) {
        var medicine = "Sample medicine " + i + " 10 mg tablet";
        assertThat(text.split(java.util.regex.Pattern.quote(medicine + " "), -1)).as(medicine).hasSize(2);
        int page = firstPageWith(pages, medicine + " ");
        assertThat(box(pages.text(page), medicine)).as("%s whole on page %d", medicine, page)
            .contains("Why I stopped using it");
      }
    }
  }

  @Test
  void markupInAMembersDataPrintsLiterally() {
    var summary = SampleDocuments.cmrSummary("Siobhan O'Brien <script>alert(1)</script> & \"Co\"",
        List.of(new Medication("<b>Warfarin</b> 5 mg", "1 tablet & water", "A-fib <AF>", "Dr. <i>Lee</i>",
            null, null, null)));
    var html = CmrSummaryDocument.html(summary);
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>Warfarin").contains("&lt;script&gt;");
    try (var pages = new PdfPages(CmrSummaryDocument.render(summary))) {
      assertThat(pages.text(1))
          .startsWith("Siobhan O'Brien <script>alert(1)</script> & \"Co\" Date of birth")
          .contains("Dear Siobhan O'Brien <script>alert(1)</script> & \"Co\":");
      assertThat(pages.text())
          .contains("Medicine <b>Warfarin</b> 5 mg How I use it 1 tablet & water Why I use it A-fib <AF>")
          .contains("Prescriber Dr. <i>Lee</i>");
    }
  }

  @Test
  void largePrintTaggedForScreenReadersWithItsFontsEmbedded() throws IOException {
    try (var pages = new PdfPages(CmrSummaryDocument.render(SampleDocuments.cmrSummary()))) {
      // 14 pt, less the renderer's rounding of points to its internal units (13.9875).
      assertThat(pages.smallestGlyphPoints()).isGreaterThanOrEqualTo(13.95f);
      var catalog = pages.document().getDocumentCatalog();
      assertThat(catalog.getMarkInfo()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getLanguage()).isEqualTo("en-US");
      assertThat(pages.document().getDocumentInformation().getTitle()).startsWith("Your medication review");
      for (var page : pages.document().getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSans");
        }
      }
    }
  }

  @Test
  void noAllergiesReadsNoneReported() {
    var sample = SampleDocuments.cmrSummary();
    var none = new CmrSummary(sample.member(), sample.dateOfService(), sample.datePrepared(), null,
        sample.planName(), sample.provider(), sample.actionItems(), List.of(), List.of(), List.of(),
        sample.medications(), null);
    try (var pages = new PdfPages(CmrSummaryDocument.render(none))) {
      assertThat(pages.text()).contains("Allergies and side effects").contains("None reported.")
          .doesNotContain("Reference:");
    }
  }

  @Test
  void aSummaryPreparedBeforeItsReviewOrWithoutActionItemsIsRefusedNamingTheField() {
    var s = SampleDocuments.cmrSummary();
    assertThatThrownBy(() -> new CmrSummary(s.member(), s.dateOfService(), s.dateOfService().minusDays(1), null,
        s.planName(), s.provider(), s.actionItems(), null, null, null, s.medications(), null))
        .hasMessage("datePrepared is before dateOfService");
    assertThatThrownBy(() -> new CmrSummary(s.member(), s.dateOfService(), s.datePrepared(), null,
        s.planName(), s.provider(), List.of(), null, null, null, s.medications(), null))
        .hasMessage("actionItems needs at least one entry");
    assertThatThrownBy(() -> new CmrSummary.Member(" ", new MailingAddress("1 Main St", null, "X", "IL", "60601"),
        LocalDate.of(1950, 1, 1)))
        .hasMessage("member.name is required");
  }

  @Test
  void noPageIsOnlyItsHeaderAndFooter() {
    try (var pages = new PdfPages(CmrSummaryDocument.render(SampleDocuments.cmrSummary()))) {
      assertNoPageIsBlank(pages);
    }
  }

  private static void assertNoPageIsBlank(PdfPages pages) {
    for (int n = 1; n <= pages.count(); n++) {
      var body = pages.text(n).replace(HEADER, "").replace("Page " + n + " of " + pages.count(), "").trim();
      assertThat(body).as("page %d below its header", n).isNotEmpty();
    }
  }

  /** The text of one medicine's box: from its name to the next box's label (or the end). */
  private static String box(String text, String medicine) {
    int start = text.indexOf("Medicine " + medicine);
    assertThat(start).as("box of %s", medicine).isNotNegative();
    int end = text.indexOf("Medicine ", start + 9);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static int firstPageWith(PdfPages pages, String text) {
    for (int n = 1; n <= pages.count(); n++) {
      if (pages.text(n).contains(text)) {
        return n;
      }
    }
    throw new AssertionError("No page with " + text);
  }

  private static String numeric(LocalDate date) {
    return com.healthoptions.mtm.documents.DocumentDates.numeric(date);
  }
}
