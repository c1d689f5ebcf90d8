package com.healthoptions.mtm.documents.cmr;

import com.healthoptions.mtm.documents.MailingAddress;
import com.healthoptions.mtm.documents.Required;
import java.time.LocalDate;
import java.util.List;

/**
 * What the member's written CMR summary (Form CMS-10396: cover letter, Medication Action Plan, Personal
 * Medication List) says: built by the caller from the stored medication list and the pharmacist's action items.
 *
 * @param planReference optional, for the cover letter's plan-use space (a mailing or document reference;
 *     no PHI); null for none
 * @param followUpPlan notes the pharmacist wrote for "My follow-up plan"; blank lines are left for the member
 * @param questions questions to ask the member's providers; blank lines are left for the member
 * @param allergiesAndSideEffects as the member reported them; empty prints "None reported"
 * @param otherInformation optional, for the list's "Other information"; null for none
 */
public record CmrSummary(
    Member member,
    LocalDate dateOfService,
    LocalDate datePrepared,
    String planReference,
    String planName,
    MtmProvider provider,
    List<ActionItem> actionItems,
    List<String> followUpPlan,
    List<String> questions,
    List<String> allergiesAndSideEffects,
    List<Medication> medications,
    String otherInformation) {

  public CmrSummary {
    Required.present(member, "member");
    Required.present(dateOfService, "dateOfService");
    Required.present(datePrepared, "datePrepared");
    if (datePrepared.isBefore(dateOfService)) {
      throw new IllegalArgumentException("datePrepared is before dateOfService");
    }
    planReference = Required.optionalText(planReference);
    Required.text(planName, "planName");
    Required.present(provider, "provider");
    actionItems = Required.nonEmpty(actionItems, "actionItems");
    followUpPlan = Required.list(followUpPlan, "followUpPlan");
    questions = Required.list(questions, "questions");
    allergiesAndSideEffects = Required.list(allergiesAndSideEffects, "allergiesAndSideEffects");
    medications = Required.list(medications, "medications");
    otherInformation = Required.optionalText(otherInformation);
  }

  /** The member as the letter is addressed and as every page names them. */
  public record Member(String name, MailingAddress address, LocalDate dateOfBirth) {
    public Member {
      Required.text(name, "member.name");
      Required.present(address, "member.address");
      Required.present(dateOfBirth, "member.dateOfBirth");
    }
  }

  /**
   * Who held the CMR and how the member reaches them: the cover letter's contact line and signature.
   *
   * @param organization the MTM provider the member calls (e.g. the plan's PBM)
   * @param hours days and times, as the member should read them
   * @param tty the TTY number or relay (e.g. "711")
   */
  public record MtmProvider(
      String organization, String phone, String hours, String tty, String pharmacistName, String pharmacistTitle) {
    public MtmProvider {
      Required.text(organization, "provider.organization");
      Required.text(phone, "provider.phone");
      Required.text(hours, "provider.hours");
      Required.text(tty, "provider.tty");
      Required.text(pharmacistName, "provider.pharmacistName");
      Required.text(pharmacistTitle, "provider.pharmacistTitle");
    }
  }

  /**
   * One box of the action plan.
   *
   * @param whatIDid usually null: the member fills in "What I did and when I did it" (lines are left)
   */
  public record ActionItem(String talkedAbout, String whatINeedToDo, String whatIDid) {
    public ActionItem {
      Required.text(talkedAbout, "actionItems.talkedAbout");
      Required.text(whatINeedToDo, "actionItems.whatINeedToDo");
      whatIDid = Required.optionalText(whatIDid);
    }
  }

  /**
   * One medicine of the Personal Medication List; the dates and the reason for stopping may be unknown (null).
   */
  public record Medication(
      String medicine,
      String howIUseIt,
      String whyIUseIt,
      String prescriber,
      LocalDate dateStarted,
      LocalDate dateStopped,
      String whyStopped) {
    public Medication {
      Required.text(medicine, "medications.medicine");
      howIUseIt = Required.optionalText(howIUseIt);
      whyIUseIt = Required.optionalText(whyIUseIt);
      prescriber = Required.optionalText(prescriber);
      whyStopped = Required.optionalText(whyStopped);
      if (dateStarted != null && dateStopped != null && dateStopped.isBefore(dateStarted)) {
        throw new IllegalArgumentException("medications.dateStopped is before dateStarted");
      }
    }
  }
}
