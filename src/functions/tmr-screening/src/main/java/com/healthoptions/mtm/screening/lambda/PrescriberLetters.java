package com.healthoptions.mtm.screening.lambda;

import com.healthoptions.mtm.documents.MailingAddress;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetter;
import com.healthoptions.mtm.screening.Finding;
import com.healthoptions.mtm.screening.PrescriberReports;
import com.healthoptions.mtm.screening.Prescriber;
import com.healthoptions.mtm.screening.ScreeningPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The screening's stored findings for one prescriber, as the letter the documents module prints. */
@ApplicationScoped
public class PrescriberLetters {

    private final PrescriberLetter.Sender sender;

    public PrescriberLetters(@ConfigProperty(name = "mtm.tmr.letter.plan-name") String planName,
            @ConfigProperty(name = "mtm.tmr.letter.organization") String organization,
            @ConfigProperty(name = "mtm.tmr.letter.pharmacist-name") String pharmacistName,
            @ConfigProperty(name = "mtm.tmr.letter.pharmacist-title") String pharmacistTitle,
            @ConfigProperty(name = "mtm.tmr.letter.phone") String phone,
            @ConfigProperty(name = "mtm.tmr.letter.fax", defaultValue = " ") String fax,
            @ConfigProperty(name = "mtm.tmr.letter.hours") String hours) {
        this.sender = new PrescriberLetter.Sender(planName, organization, pharmacistName, pharmacistTitle, phone,
                fax.isBlank() ? null : fax, hours);
    }

    PrescriberLetter letter(PrescriberReports.Report report, LocalDate runDate) {
        Prescriber p = report.prescriber();
        var prescriber = new PrescriberLetter.Prescriber(p.name(), p.npi(),
                new MailingAddress(p.addressLine1(), p.addressLine2(), p.city(), p.state(), p.zip()));
        List<PrescriberLetter.Patient> patients = new ArrayList<>();
        for (PrescriberReports.Patient patient : report.patients()) {
            patients.add(new PrescriberLetter.Patient(patient.firstName() + " " + patient.lastName(),
                    patient.dateOfBirth(), patient.memberId(), patient.findings().stream().map(this::finding).toList()));
        }
        ScreeningPeriod period = ScreeningPeriod.yearTo(runDate);
        return new PrescriberLetter(prescriber, sender, runDate, period.start(), period.end(), patients);
    }

    private PrescriberLetter.Finding finding(Finding f) {
        List<PrescriberLetter.Evidence> evidence = new ArrayList<>();
        f.fills().forEach(fill -> evidence.add(new PrescriberLetter.Fill(fill.drug(), fill.fillDate(), fill.daysSupply())));
        f.diagnoses().forEach(d -> evidence.add(new PrescriberLetter.Diagnosis(d.icd10Code(), null, d.serviceDate())));
        return new PrescriberLetter.Finding(f.ruleId(), f.ruleVersion(), title(f), PrescriberLetter.Severity.valueOf(
                f.severity().name()), evidence, f.recommendation());
    }

    /** The finding's heading: what kind of problem, then what it is about. */
    static String title(Finding f) {
        String kind = switch (f.ruleId()) {
            case "DUPLICATE-THERAPY" -> "Duplicate therapy";
            case "PQA-COB" -> "Concurrent opioid and benzodiazepine use";
            case "PQA-SUPD" -> "Diabetes without a statin";
            case "PQA-PDC-DR", "PQA-PDC-RASA", "PQA-PDC-STA" -> "Adherence below 80% of days covered";
            default -> f.ruleId().startsWith("DDI-") ? "Drug-disease interaction" : f.ruleId();
        };
        return f.subject() == null || f.subject().isBlank() ? kind : kind + ": " + f.subject();
    }
}
