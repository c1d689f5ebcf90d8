package com.healthoptions.mtm.documents;

import com.healthoptions.mtm.documents.cmr.CmrSummary;
import com.healthoptions.mtm.documents.cmr.CmrSummary.ActionItem;
import com.healthoptions.mtm.documents.cmr.CmrSummary.Medication;
import com.healthoptions.mtm.documents.cmr.CmrSummary.Member;
import com.healthoptions.mtm.documents.cmr.CmrSummary.MtmProvider;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Diagnosis;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Fill;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Finding;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Patient;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Prescriber;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Sender;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Fictional members and prescribers, with the seed plan's real contact line (its MTM page). */
public final class SampleDocuments {

  public static final String PLAN_NAME = "Health Options Program";
  /** The seed plan's MTM Department line, TTY and hours (seed/000: "For More Information"). */
  public static final MtmProvider PROVIDER = new MtmProvider(
      "Optum Rx", "1-866-352-5305", "Monday through Friday, 8:00 a.m. to 8:00 p.m. Central Time", "711",
      "Dana Whitfield, PharmD", "Clinical Pharmacist, MTM Program");

  private SampleDocuments() {}

  public static CmrSummary cmrSummary() {
    return cmrSummary("Margaret A. Delgado", sampleMedications());
  }

  public static CmrSummary cmrSummary(String memberName, List<Medication> medications) {
    return new CmrSummary(
        new Member(memberName, new MailingAddress("1482 Juniper Hollow Rd", "Apt 3B", "Springfield", "IL", "62704"),
            LocalDate.of(1948, 3, 14)),
        LocalDate.of(2026, 11, 18),
        LocalDate.of(2026, 11, 20),
        "MTM-CMR 2026-0412",
        PLAN_NAME,
        PROVIDER,
        List.of(
            new ActionItem(
                "You take ibuprofen (Advil) most days for knee pain. With your heart failure, ibuprofen can make your "
                    + "body hold water and make breathing harder.",
                "Stop taking ibuprofen. Use acetaminophen (Tylenol) 500 mg, up to 2 tablets 3 times a day, for pain. "
                    + "Talk with Dr. Okafor at your visit on December 2 about other ways to help your knee.",
                null),
            new ActionItem(
                "Sometimes you forget your evening dose of metformin.",
                "Take metformin with supper, and keep the bottle next to where you eat. Use the pill box with the days "
                    + "of the week that we talked about.",
                null)),
        List.of("Check my weight every morning and write it down. Call Dr. Okafor if I gain 3 pounds in a day."),
        List.of("Should I still take aspirin every day?", "Can I get 90-day supplies of my heart medicines?"),
        List.of("Penicillin: rash and hives", "Lisinopril: dry cough (stopped in 2019)"),
        medications,
        "I use a pill box with the days of the week. My daughter helps me refill it on Sundays.");
  }

  public static List<Medication> sampleMedications() {
    return List.of(
        new Medication("Metformin 500 mg tablet", "1 tablet by mouth 2 times a day, with breakfast and supper",
            "Diabetes", "Dr. Chinedu Okafor", LocalDate.of(2019, 6, 3), null, null),
        new Medication("Furosemide 20 mg tablet", "1 tablet by mouth every morning", "Heart failure (extra fluid)",
            "Dr. Chinedu Okafor", LocalDate.of(2023, 2, 10), null, null),
        new Medication("Losartan 50 mg tablet", "1 tablet by mouth once a day", "High blood pressure",
            "Dr. Chinedu Okafor", LocalDate.of(2019, 9, 12), null, null),
        new Medication("Atorvastatin 20 mg tablet", "1 tablet by mouth at bedtime", "High cholesterol",
            "Dr. Priya Raman", LocalDate.of(2021, 1, 8), null, null),
        new Medication("Ibuprofen 200 mg tablet (Advil)", "2 tablets by mouth when needed for knee pain",
            "Knee pain", "Over the counter", LocalDate.of(2025, 8, 1), LocalDate.of(2026, 11, 18),
            "Can make heart failure worse (talked with my pharmacist)"));
  }

  /** {@code count} distinct medicines, for a list that must run over several pages. */
  public static List<Medication> manyMedications(int count) {
    var medications = new ArrayList<Medication>();
    IntStream.rangeClosed(1, count).forEach(i -> medications.add(new Medication(
        "Sample medicine " + i + " 10 mg tablet", "1 tablet by mouth once a day (dose " + i + ")",
        "Condition " + i, "Dr. Prescriber " + i, LocalDate.of(2024, 1, 1).plusDays(i), null, null)));
    return medications;
  }

  public static final Sender SENDER = new Sender(PLAN_NAME, "Optum Rx", "Dana Whitfield, PharmD",
      "Clinical Pharmacist, MTM Program", "1-866-352-5305", null,
      "Monday through Friday, 8:00 a.m. to 8:00 p.m. Central Time");

  /** A fictional prescriber (the NPI passes the Luhn check with the 80840 prefix). */
  public static final Prescriber PRESCRIBER = new Prescriber("Chinedu Okafor, MD", "1234567893",
      new MailingAddress("900 Medical Center Dr", "Suite 210", "Springfield", "IL", "62702"));

  public static PrescriberLetter prescriberLetter() {
    return prescriberLetter(List.of(
        new Patient("Margaret A. Delgado", LocalDate.of(1948, 3, 14), "1EG4TE5MK73", List.of(
            new Finding("DDI-NSAID-HF", "2026.1", "NSAID with heart failure", Severity.HIGH,
                List.of(
                    new Fill("Ibuprofen 800 mg tablet", LocalDate.of(2026, 8, 4), 30),
                    new Fill("Ibuprofen 800 mg tablet", LocalDate.of(2026, 9, 6), 30),
                    new Diagnosis("I50.22", "Chronic systolic (congestive) heart failure", LocalDate.of(2026, 5, 19))),
                "NSAIDs can cause fluid retention and worsen heart failure. Consider stopping ibuprofen; "
                    + "acetaminophen or topical therapy may be alternatives for knee pain."),
            new Finding("ADH-STATIN-PDC", "2026.1", "Statin adherence below 80 % of days covered", Severity.MODERATE,
                List.of(
                    new Fill("Atorvastatin 20 mg tablet", LocalDate.of(2026, 1, 8), 90),
                    new Fill("Atorvastatin 20 mg tablet", LocalDate.of(2026, 6, 2), 90)),
                "Proportion of days covered 62 % from 01/08/2026 to 09/30/2026. Consider discussing barriers "
                    + "to adherence, a 90-day supply or mail order."))),
        new Patient("Robert J. Kowalski", LocalDate.of(1951, 10, 2), "5TR9HN2QK40", List.of(
            new Finding("COB-OPIOID-BZD", "2026.1", "Concurrent opioid and benzodiazepine", Severity.HIGH,
                List.of(
                    new Fill("Oxycodone 5 mg tablet", LocalDate.of(2026, 8, 20), 30),
                    new Fill("Alprazolam 0.5 mg tablet", LocalDate.of(2026, 9, 1), 30)),
                "Overlapping days supply of an opioid and a benzodiazepine raises the risk of respiratory "
                    + "depression and overdose. Consider tapering one agent and offering naloxone.")))));
  }

  public static PrescriberLetter prescriberLetter(List<Patient> patients) {
    return new PrescriberLetter(PRESCRIBER, SENDER, LocalDate.of(2026, 10, 15), LocalDate.of(2026, 7, 1),
        LocalDate.of(2026, 9, 30), patients);
  }

  /** {@code count} patients with two findings each, for a letter that runs over several pages. */
  public static List<Patient> manyPatients(int count) {
    var patients = new ArrayList<Patient>();
    IntStream.rangeClosed(1, count).forEach(i -> patients.add(new Patient("Patient Number " + i,
        LocalDate.of(1940, 1, 1).plusDays(i * 97L), "MBR" + (100000 + i), List.of(
            new Finding("DUP-THERAPY", "2026.1", "Duplicate therapy: two statins (patient " + i + ")", Severity.MODERATE,
                List.of(new Fill("Simvastatin 20 mg tablet", LocalDate.of(2026, 7, 1), 30),
                    new Fill("Rosuvastatin 10 mg tablet", LocalDate.of(2026, 7, 10), 30)),
                "Two statins overlap by 21 days. Consider keeping one (patient " + i + ")."),
            new Finding("DDI-METFORMIN-ESRD", "2026.1", "Metformin with end-stage renal disease (patient " + i + ")",
                Severity.HIGH,
                List.of(new Fill("Metformin 1000 mg tablet", LocalDate.of(2026, 8, 3), 90),
                    new Diagnosis("N18.6", "End stage renal disease", LocalDate.of(2026, 6, 30))),
                "Metformin is contraindicated in ESRD. Consider another agent (patient " + i + ").")))));
    return patients;
  }
}
