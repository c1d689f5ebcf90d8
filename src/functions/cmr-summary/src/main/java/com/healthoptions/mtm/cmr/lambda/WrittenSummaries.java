package com.healthoptions.mtm.cmr.lambda;

import com.healthoptions.mtm.documents.MailingAddress;
import com.healthoptions.mtm.documents.cmr.CmrSummary;
import com.healthoptions.mtm.program.cmr.CmrSummaries;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A stored CMR with its items, as the written summary the documents module prints. */
@ApplicationScoped
public class WrittenSummaries {

    private final String planName;
    private final CmrSummary.MtmProvider provider;

    public WrittenSummaries(@ConfigProperty(name = "mtm.cmr-summary.plan-name") String planName,
            @ConfigProperty(name = "mtm.cmr-summary.organization") String organization,
            @ConfigProperty(name = "mtm.cmr-summary.phone") String phone,
            @ConfigProperty(name = "mtm.cmr-summary.hours") String hours,
            @ConfigProperty(name = "mtm.cmr-summary.tty") String tty,
            @ConfigProperty(name = "mtm.cmr-summary.pharmacist-name") String pharmacistName,
            @ConfigProperty(name = "mtm.cmr-summary.pharmacist-title") String pharmacistTitle) {
        this.planName = planName;
        this.provider = new CmrSummary.MtmProvider(organization, phone, hours, tty, pharmacistName, pharmacistTitle);
    }

    /**
     * The summary of {@code cmr} (which has a mailing address and an action item), prepared on {@code day} (never
     * before the CMR), with the document id in the cover letter's space for plan use, so a mailing can be matched
     * to its stored record without any PHI.
     */
    CmrSummary summary(CmrSummaries.CmrRecord cmr, LocalDate day, UUID documentId) {
        CmrSummaries.Address a = cmr.address().orElseThrow();
        var member = new CmrSummary.Member(cmr.firstName() + " " + cmr.lastName(),
                new MailingAddress(a.line1(), a.line2(), a.city(), a.state(), a.zip()), cmr.dateOfBirth());
        LocalDate prepared = day.isBefore(cmr.cmrDate()) ? cmr.cmrDate() : day;
        return new CmrSummary(member, cmr.cmrDate(), prepared, "Document " + documentId, planName, provider,
                cmr.actionItems().stream()
                        .map(i -> new CmrSummary.ActionItem(i.talkedAbout(), i.whatINeedToDo(), i.whatIDid())).toList(),
                cmr.followUpPlan(), cmr.questions(), cmr.allergiesAndSideEffects(),
                cmr.medications().stream().map(m -> new CmrSummary.Medication(m.medicine(), m.howIUseIt(),
                        m.whyIUseIt(), m.prescriber(), m.dateStarted(), m.dateStopped(), m.whyStopped())).toList(),
                cmr.otherInformation().isEmpty() ? null : String.join(" ", cmr.otherInformation()));
    }
}
