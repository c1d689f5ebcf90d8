package com.healthoptions.mtm.documents.prescriber;

import static com.healthoptions.mtm.documents.DocumentDates.numeric;
import static com.healthoptions.mtm.documents.DocumentDates.spelled;

import com.healthoptions.mtm.documents.TemplateData;
import com.healthoptions.mtm.documents.pdf.HtmlToPdf;
import com.healthoptions.mtm.documents.pdf.Templates;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Diagnosis;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Evidence;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Fill;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Finding;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Patient;
import io.quarkus.qute.Template;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The TMR report to one prescriber, as a PDF: a letter, then each patient with their findings (evidence
 * table, recommendation, the rule and its version); every page headed with the prescriber, NPI, review period
 * and date. Template: {@code templates/prescriber-letter.html}.
 */
public final class PrescriberLetterDocument {

  private static final Template TEMPLATE = Templates.load("prescriber-letter.html");

  private PrescriberLetterDocument() {}

  public static byte[] render(PrescriberLetter letter) {
    return HtmlToPdf.render(html(letter));
  }

  static String html(PrescriberLetter letter) {
    var prescriber = letter.prescriber();
    var sender = letter.sender();
    var data = new TemplateData()
        .put("prescriberName", prescriber.name())
        .put("npi", prescriber.npi())
        .put("addressLines", prescriber.address().lines())
        .put("planName", sender.planName())
        .put("organization", sender.organization())
        .put("pharmacistName", sender.pharmacistName())
        .put("pharmacistTitle", sender.pharmacistTitle())
        .put("phone", sender.phone())
        .put("fax", sender.fax())
        .put("hours", sender.hours())
        .put("letterDate", spelled(letter.letterDate()))
        .put("letterDateNumeric", numeric(letter.letterDate()))
        .put("reviewPeriod", numeric(letter.reviewedFrom()) + " to " + numeric(letter.reviewedThrough()))
        .put("patientCount", String.valueOf(letter.patients().size()))
        .put("patients", letter.patients().stream().map(PrescriberLetterDocument::patient).toList());
    return Templates.render(TEMPLATE, data.asMap());
  }

  private static Map<String, Object> patient(Patient patient) {
    int findings = patient.findings().size();
    return new TemplateData()
        .put("name", patient.name())
        .put("dateOfBirth", numeric(patient.dateOfBirth()))
        .put("memberId", patient.memberId())
        .put("findingCount", findings == 1 ? "1 finding" : findings + " findings")
        .put("findings", IntStream.range(0, findings)
            .mapToObj(i -> finding(patient.findings().get(i), i == 0)).toList())
        .asMap();
  }

  /** A finding's data; the first of a patient's carries the patient's heading, kept on the same page. */
  private static Map<String, Object> finding(Finding finding, boolean opensPatient) {
    return new TemplateData()
        .put("opensPatient", opensPatient)
        .put("ruleId", finding.ruleId())
        .put("ruleVersion", finding.ruleVersion())
        .put("title", finding.title())
        .put("severity", finding.severity().label())
        .put("evidence", finding.evidence().stream().map(PrescriberLetterDocument::evidence).toList())
        .put("recommendation", finding.recommendation())
        .asMap();
  }

  /** One line of evidence, as the prescriber reads it: what, when, how long it covers. */
  static String evidence(Evidence evidence) {
    return switch (evidence) {
      case Fill fill -> "Fill: " + fill.drug() + ", filled " + numeric(fill.fillDate()) + ", " + fill.daysSupply()
          + (fill.daysSupply() == 1 ? " day" : " days") + " supply, through " + numeric(fill.coveredThrough());
      case Diagnosis diagnosis -> "Diagnosis: ICD-10-CM " + diagnosis.code()
          + (diagnosis.description() == null ? "" : ", " + diagnosis.description())
          + (diagnosis.serviceDate() == null ? "" : ", " + numeric(diagnosis.serviceDate()));
    };
  }
}
