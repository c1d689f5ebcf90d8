package com.healthoptions.mtm.documents.prescriber;

import com.healthoptions.mtm.documents.MailingAddress;
import com.healthoptions.mtm.documents.Required;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One prescriber's report of a targeted medication review (TMR) run: each of their patients with the
 * findings that name them as prescriber, every finding with its evidence and a recommendation. The caller
 * maps the screening's findings (grouped by prescriber NPI) into this.
 */
public record PrescriberLetter(
    Prescriber prescriber,
    Sender sender,
    LocalDate letterDate,
    LocalDate reviewedFrom,
    LocalDate reviewedThrough,
    List<Patient> patients) {

  private static final Pattern NPI = Pattern.compile("\\d{10}");

  public PrescriberLetter {
    Required.present(prescriber, "prescriber");
    Required.present(sender, "sender");
    Required.present(letterDate, "letterDate");
    Required.present(reviewedFrom, "reviewedFrom");
    Required.present(reviewedThrough, "reviewedThrough");
    if (reviewedThrough.isBefore(reviewedFrom)) {
      throw new IllegalArgumentException("reviewedThrough is before reviewedFrom");
    }
    patients = Required.nonEmpty(patients, "patients");
  }

  /**
   * The prescriber addressed. The NPI's check digit is the intake's to verify (the claims format); here it
   * must be ten digits.
   */
  public record Prescriber(String name, String npi, MailingAddress address) {
    public Prescriber {
      Required.text(name, "prescriber.name");
      if (npi == null || !NPI.matcher(npi).matches()) {
        throw new IllegalArgumentException("prescriber.npi must be 10 digits");
      }
      Required.present(address, "prescriber.address");
    }
  }

  /** The plan's MTM pharmacist who signs, and how the prescriber answers; {@code fax} may be null. */
  public record Sender(
      String planName, String organization, String pharmacistName, String pharmacistTitle, String phone, String fax,
      String hours) {
    public Sender {
      Required.text(planName, "sender.planName");
      Required.text(organization, "sender.organization");
      Required.text(pharmacistName, "sender.pharmacistName");
      Required.text(pharmacistTitle, "sender.pharmacistTitle");
      Required.text(phone, "sender.phone");
      fax = Required.optionalText(fax);
      Required.text(hours, "sender.hours");
    }
  }

  /** A patient of this prescriber with at least one finding. */
  public record Patient(String name, LocalDate dateOfBirth, String memberId, List<Finding> findings) {
    public Patient {
      Required.text(name, "patients.name");
      Required.present(dateOfBirth, "patients.dateOfBirth");
      Required.text(memberId, "patients.memberId");
      findings = Required.nonEmpty(findings, "patients.findings");
    }
  }

  /**
   * One finding of a screening rule, as the prescriber reads it.
   *
   * @param ruleId and {@code ruleVersion}: which rule, at which version, found it (printed small, for questions)
   */
  public record Finding(
      String ruleId, String ruleVersion, String title, Severity severity, List<Evidence> evidence,
      String recommendation) {
    public Finding {
      Required.text(ruleId, "findings.ruleId");
      Required.text(ruleVersion, "findings.ruleVersion");
      Required.text(title, "findings.title");
      Required.present(severity, "findings.severity");
      evidence = Required.nonEmpty(evidence, "findings.evidence");
      Required.text(recommendation, "findings.recommendation");
    }
  }

  public enum Severity {
    HIGH("High"),
    MODERATE("Moderate"),
    LOW("Low");

    private final String label;

    Severity(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** What triggered a finding: a pharmacy fill or a diagnosis on a medical claim. */
  public sealed interface Evidence permits Fill, Diagnosis {}

  /** A pharmacy fill: the days supply sets the days it covers, from the fill date on. */
  public record Fill(String drug, LocalDate fillDate, int daysSupply) implements Evidence {
    public Fill {
      Required.text(drug, "evidence.drug");
      Required.present(fillDate, "evidence.fillDate");
      if (daysSupply < 1) {
        throw new IllegalArgumentException("evidence.daysSupply must be at least 1");
      }
    }

    /** The last day this fill covers. */
    public LocalDate coveredThrough() {
      return fillDate.plusDays(daysSupply - 1L);
    }
  }

  /** An ICD-10-CM diagnosis; the description and the date of service may be unknown (null). */
  public record Diagnosis(String code, String description, LocalDate serviceDate) implements Evidence {
    public Diagnosis {
      Required.text(code, "evidence.code");
      description = Required.optionalText(description);
    }
  }
}
