package com.healthoptions.mtm.documents.cmr;

import static com.healthoptions.mtm.documents.DocumentDates.numeric;
import static com.healthoptions.mtm.documents.DocumentDates.spelled;

import com.healthoptions.mtm.documents.TemplateData;
import com.healthoptions.mtm.documents.pdf.HtmlToPdf;
import com.healthoptions.mtm.documents.pdf.Templates;
import io.quarkus.qute.Template;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

/**
 * The member's CMR written summary in the CMS Standardized Format (Form CMS-10396), as one PDF: the cover
 * letter, then the Medication Action Plan, then the Personal Medication List, each part starting on a new page
 * and every page headed with the member's name, date of birth and the date prepared. Template:
 * {@code templates/cmr-summary.html}.
 */
public final class CmrSummaryDocument {

  /** Empty medicine boxes after the list, for the member to add new medicines (as the form invites). */
  static final int BLANK_MEDICATION_BOXES = 2;

  private static final Template TEMPLATE = Templates.load("cmr-summary.html");

  private CmrSummaryDocument() {}

  public static byte[] render(CmrSummary summary) {
    return HtmlToPdf.render(html(summary));
  }

  /** The XHTML handed to the PDF renderer (every value escaped). */
  static String html(CmrSummary summary) {
    var member = summary.member();
    var provider = summary.provider();
    var data = new TemplateData()
        .put("memberName", member.name())
        .put("dateOfBirth", numeric(member.dateOfBirth()))
        .put("addressLines", member.address().lines())
        .put("datePrepared", numeric(summary.datePrepared()))
        .put("datePreparedSpelled", spelled(summary.datePrepared()))
        .put("dateOfServiceSpelled", spelled(summary.dateOfService()))
        .put("planReference", summary.planReference())
        .put("planName", summary.planName())
        .put("providerOrganization", provider.organization())
        .put("providerPhone", provider.phone())
        .put("providerHours", provider.hours())
        .put("providerTty", provider.tty())
        .put("pharmacistName", provider.pharmacistName())
        .put("pharmacistTitle", provider.pharmacistTitle())
        .put("actionItems", summary.actionItems().stream().map(CmrSummaryDocument::actionItem).toList())
        .put("followUpPlan", summary.followUpPlan())
        .put("questions", summary.questions())
        .put("allergiesAndSideEffects", summary.allergiesAndSideEffects())
        .put("medications", summary.medications().stream().map(CmrSummaryDocument::medication).toList())
        .put("blankMedicationBoxes", Collections.nCopies(BLANK_MEDICATION_BOXES, ""))
        .put("otherInformation", summary.otherInformation());
    return Templates.render(TEMPLATE, data.asMap());
  }

  private static Map<String, Object> actionItem(CmrSummary.ActionItem item) {
    return new TemplateData()
        .put("talkedAbout", item.talkedAbout())
        .put("whatINeedToDo", item.whatINeedToDo())
        .put("whatIDid", item.whatIDid())
        .asMap();
  }

  private static Map<String, Object> medication(CmrSummary.Medication medication) {
    return new TemplateData()
        .put("medicine", medication.medicine())
        .put("howIUseIt", orBlank(medication.howIUseIt()))
        .put("whyIUseIt", orBlank(medication.whyIUseIt()))
        .put("prescriber", orBlank(medication.prescriber()))
        .put("dateStarted", date(medication.dateStarted()))
        .put("dateStopped", date(medication.dateStopped()))
        .put("whyStopped", orBlank(medication.whyStopped()))
        .asMap();
  }

  private static String orBlank(String value) {
    return value == null ? "" : value;
  }

  private static String date(LocalDate date) {
    return date == null ? "" : numeric(date);
  }
}
