package com.healthoptions.mtm.program.cms;

import com.healthoptions.mtm.eligibility.ReasonTargeted;
import com.healthoptions.mtm.enrollment.OptOutReason;
import com.healthoptions.mtm.member.Mbi;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds and validates one member's record of the CMS beneficiary-level MTM data file from the facts and
 * the plan year's layout. Pure: the same facts and layout always give the same record.
 *
 * <p>Validation edits (a failure holds the record back and lists it in the validation report):
 * <ul>
 * <li>V01 the MBI is present and in CMS format; V02 one record per MBI in the contract (CMS integrity check)</li>
 * <li>V03 the enrollment date lies inside the plan year (CMS integrity check)</li>
 * <li>V04 an opt-out date has a reason and a reason has a date (CMS integrity check)</li>
 * <li>V05 dates in order: date of birth, date met targeting criteria (required), enrollment date, opt-out date
 * (inside the plan year)</li>
 * <li>V06 the CMR date lies inside the member's MTM enrollment period (CMS integrity check), the written summary
 * not before it; V07 a CMR received was offered, on or before its date (vendor rules)</li>
 * <li>V08 every code is in the layout's code list for the year; V09 counts fit their fields, resolutions do not
 * exceed recommendations; the first TMR and the safe-disposal date lie inside the enrollment period</li>
 * <li>V10 name and date of birth are present</li>
 * </ul>
 * Warnings: a name that had to be shortened or folded to ASCII; a summary sent more than 14 days after the CMR.
 */
public final class CmsRecordBuilder {

    private static final java.time.format.DateTimeFormatter CCYYMMDD = java.time.format.DateTimeFormatter.BASIC_ISO_DATE;

    private CmsRecordBuilder() {
    }

    public static CmsRecord build(CmsMemberFacts f, CmsLayout layout, boolean mbiRepeatedInContract) {
        List<CmsEdit> failures = new ArrayList<>();
        List<CmsEdit> warnings = new ArrayList<>();
        int year = layout.planYear();
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate windowEnd = f.optOutDate() != null && !f.optOutDate().isAfter(yearEnd) ? f.optOutDate() : yearEnd;

        // V01, V02
        if (f.mbi() == null) {
            failures.add(edit(layout, CmsSource.BENEFICIARY_ID, "V01", "MBI missing from the roster"));
        } else if (!Mbi.isValid(f.mbi())) {
            failures.add(edit(layout, CmsSource.BENEFICIARY_ID, "V01", "not in the CMS MBI format"));
        } else if (mbiRepeatedInContract) {
            failures.add(edit(layout, CmsSource.BENEFICIARY_ID, "V02", "the same MBI is on another record of this contract"));
        }
        // V10
        if (blank(f.firstName())) {
            failures.add(edit(layout, CmsSource.FIRST_NAME, "V10", "missing"));
        }
        if (blank(f.lastName())) {
            failures.add(edit(layout, CmsSource.LAST_NAME, "V10", "missing"));
        }
        if (f.dateOfBirth() == null) {
            failures.add(edit(layout, CmsSource.DATE_OF_BIRTH, "V10", "missing"));
        }
        // V03
        if (f.enrollmentDate() == null || f.enrollmentDate().getYear() != year) {
            failures.add(edit(layout, CmsSource.ENROLLMENT_DATE, "V03", "not inside the plan year"));
        }
        // V04
        if (f.optOutDate() != null && f.optOutReasonCode() == null) {
            failures.add(edit(layout, CmsSource.OPT_OUT_REASON, "V04", "missing although there is an opt-out date"));
        }
        if (f.optOutDate() == null && f.optOutReasonCode() != null) {
            failures.add(edit(layout, CmsSource.OPT_OUT_DATE, "V04", "missing although there is an opt-out reason"));
        }
        // V05
        if (f.dateMetCriteria() == null) {
            failures.add(edit(layout, CmsSource.DATE_MET_CRITERIA, "V05", "missing (required when the criteria were met)"));
        } else if (f.enrollmentDate() != null && f.dateMetCriteria().isAfter(f.enrollmentDate())) {
            failures.add(edit(layout, CmsSource.DATE_MET_CRITERIA, "V05", "after the enrollment date"));
        }
        if (f.dateOfBirth() != null && f.enrollmentDate() != null && !f.dateOfBirth().isBefore(f.enrollmentDate())) {
            failures.add(edit(layout, CmsSource.DATE_OF_BIRTH, "V05", "not before the enrollment date"));
        }
        if (f.optOutDate() != null && f.enrollmentDate() != null && f.optOutDate().isBefore(f.enrollmentDate())) {
            failures.add(edit(layout, CmsSource.OPT_OUT_DATE, "V05", "before the enrollment date"));
        }
        if (f.optOutDate() != null && f.optOutDate().getYear() != year) {
            failures.add(edit(layout, CmsSource.OPT_OUT_DATE, "V05", "not inside the plan year"));
        }
        // V06, V07
        if (f.firstCmrDate() != null) {
            if (f.enrollmentDate() != null && (f.firstCmrDate().isBefore(f.enrollmentDate()) || f.firstCmrDate().isAfter(windowEnd))) {
                failures.add(edit(layout, CmsSource.CMR_DATE, "V06", "not inside the member's MTM enrollment period"));
            }
            if (f.summarySentDate() != null && f.summarySentDate().isBefore(f.firstCmrDate())) {
                failures.add(edit(layout, CmsSource.CMR_SUMMARY_SENT_DATE, "V06", "before the CMR date"));
            }
            if (f.summarySentDate() != null && ChronoUnit.DAYS.between(f.firstCmrDate(), f.summarySentDate()) > 14) {
                warnings.add(edit(layout, CmsSource.CMR_SUMMARY_SENT_DATE, "W02",
                        "sent more than 14 days after the CMR (CMS Standardized Format timing)"));
            }
            if (f.firstOfferDate() == null) {
                failures.add(edit(layout, CmsSource.CMR_OFFERED, "V07", "a CMR was received but no offer is recorded"));
            } else if (f.firstOfferDate().isAfter(f.firstCmrDate())) {
                failures.add(edit(layout, CmsSource.CMR_OFFER_DATE, "V07", "after the CMR date"));
            }
        } else if (f.summarySentDate() != null) {
            failures.add(edit(layout, CmsSource.CMR_SUMMARY_SENT_DATE, "V06", "a summary without a CMR"));
        }
        // V09
        if (f.recommendationsResolved() > f.recommendationsSent()) {
            failures.add(edit(layout, CmsSource.RECOMMENDATIONS_RESULTING_IN_CHANGE, "V09", "more than the recommendations made"));
        }
        if (f.tmrCount() > 0 && f.firstTmrDate() == null || f.tmrCount() == 0 && f.firstTmrDate() != null) {
            failures.add(edit(layout, CmsSource.FIRST_TMR_DATE, "V09", "does not agree with the number of TMRs"));
        }
        if (f.firstTmrDate() != null && f.enrollmentDate() != null
                && (f.firstTmrDate().isBefore(f.enrollmentDate()) || f.firstTmrDate().isAfter(windowEnd))) {
            failures.add(edit(layout, CmsSource.FIRST_TMR_DATE, "V09", "not inside the member's MTM enrollment period"));
        }
        if (f.disposalDate() != null && f.enrollmentDate() != null
                && (f.disposalDate().isBefore(f.enrollmentDate()) || f.disposalDate().isAfter(windowEnd))) {
            failures.add(edit(layout, CmsSource.SAFE_DISPOSAL_DATE, "V09", "not inside the member's MTM enrollment period"));
        }

        Map<CmsSource, Object> values = values(f);
        StringBuilder line = new StringBuilder(layout.recordLength());
        for (CmsLayout.Field field : layout.fields()) {
            line.append(render(field, values.get(field.source()), layout, failures, warnings));
        }
        boolean ok = failures.isEmpty();
        return new CmsRecord(f.memberId(), ok ? line.toString() : null, List.copyOf(failures), List.copyOf(warnings));
    }

    /** Each source's business value: text, a date, a number, or a code set name (null: blank). */
    private static Map<CmsSource, Object> values(CmsMemberFacts f) {
        Map<CmsSource, Object> v = new EnumMap<>(CmsSource.class);
        v.put(CmsSource.CONTRACT_ID, f.contractId());
        v.put(CmsSource.BENEFICIARY_ID, f.mbi());
        v.put(CmsSource.FIRST_NAME, f.firstName());
        v.put(CmsSource.LAST_NAME, f.lastName());
        v.put(CmsSource.DATE_OF_BIRTH, f.dateOfBirth());
        ReasonTargeted reason = reasonTargeted(f.reasonTargetedCode());
        v.put(CmsSource.REASON_TARGETED, reason == null ? unknownCode(f.reasonTargetedCode()) : reason.name());
        v.put(CmsSource.MET_TARGETING_CRITERIA, reason == null ? null : reason == ReasonTargeted.NONE ? "NO" : "YES");
        v.put(CmsSource.COGNITIVELY_IMPAIRED, f.cognitivelyImpaired() == null ? "UNKNOWN" : f.cognitivelyImpaired());
        v.put(CmsSource.LTC_RESIDENT, f.ltcResident() == null ? "UNKNOWN" : f.ltcResident());
        v.put(CmsSource.ENROLLMENT_DATE, f.enrollmentDate());
        v.put(CmsSource.DATE_MET_CRITERIA, f.dateMetCriteria());
        v.put(CmsSource.OPT_OUT_DATE, f.optOutDate());
        v.put(CmsSource.OPT_OUT_REASON, f.optOutReasonCode() == null ? null
                : OptOutReason.ofCode(f.optOutReasonCode()).map(Enum::name).orElse(unknownCode(f.optOutReasonCode())));
        v.put(CmsSource.CMR_OFFERED, f.firstOfferDate() != null ? "YES" : "NO");
        v.put(CmsSource.CMR_OFFER_DATE, f.firstOfferDate());
        v.put(CmsSource.CMR_OFFER_RECIPIENT, f.firstOfferDate() == null ? null : f.offerRecipient());
        v.put(CmsSource.CMR_RECEIVED, f.firstCmrDate() != null ? "YES" : "NO");
        v.put(CmsSource.CMR_DATE, f.firstCmrDate());
        v.put(CmsSource.CMR_SUMMARY_SENT_DATE, f.summarySentDate());
        v.put(CmsSource.CMR_DELIVERY_METHOD, f.firstCmrDate() == null ? null : f.cmrDeliveryMethod());
        v.put(CmsSource.CMR_PROVIDER, f.firstCmrDate() == null ? null : f.cmrProvider());
        v.put(CmsSource.CMR_RECIPIENT, f.firstCmrDate() == null ? null : f.cmrRecipient());
        v.put(CmsSource.TMR_COUNT, f.tmrCount());
        v.put(CmsSource.FIRST_TMR_DATE, f.firstTmrDate());
        v.put(CmsSource.RECOMMENDATIONS_TO_PRESCRIBERS, f.recommendationsSent());
        v.put(CmsSource.RECOMMENDATIONS_RESULTING_IN_CHANGE, f.recommendationsResolved());
        v.put(CmsSource.SAFE_DISPOSAL_DATE, f.disposalDate());
        v.put(CmsSource.SAFE_DISPOSAL_METHOD, f.disposalDate() == null ? null : f.disposalMethod());
        return v;
    }

    /** A stored code the domain does not know: kept visible so V08 reports it. */
    private static String unknownCode(String code) {
        return code == null ? null : "?" + code;
    }

    private static ReasonTargeted reasonTargeted(String code) {
        for (ReasonTargeted r : ReasonTargeted.values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        return null;
    }

    private static String render(CmsLayout.Field field, Object value, CmsLayout layout, List<CmsEdit> failures,
            List<CmsEdit> warnings) {
        int w = field.width();
        String label = field.element() + " " + field.source().name();
        if (value == null) {
            return " ".repeat(w);
        }
        return switch (field.source().kind()) {
            case TEXT -> text(value.toString(), w, label, warnings);
            case DATE -> ((LocalDate) value).format(CCYYMMDD);
            case NUMBER -> {
                int n = (Integer) value;
                String s = Integer.toString(n);
                if (n < 0 || s.length() > w) {
                    failures.add(new CmsEdit(label, "V09", "does not fit its " + w + " positions"));
                    yield "9".repeat(w);
                }
                yield "0".repeat(w - s.length()) + s;
            }
            case CODE -> {
                String code = layout.codes().get(field.source().codeSet()).codes().get(value.toString());
                if (code == null) {
                    failures.add(new CmsEdit(label, "V08", "code not in the " + layout.planYear() + " layout's list"));
                    yield " ".repeat(w);
                }
                yield code;
            }
        };
    }

    /** ASCII, left-justified and space-filled: accents are folded, other characters become '?'. */
    private static String text(String value, int width, String label, List<CmsEdit> warnings) {
        String folded = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(folded.length());
        boolean replaced = !folded.equals(value);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 0x20 && c <= 0x7e) {
                ascii.append(c);
            } else {
                ascii.append('?');
                replaced = true;
            }
        }
        if (replaced) {
            warnings.add(new CmsEdit(label, "W01", "folded to ASCII"));
        }
        if (ascii.length() > width) {
            warnings.add(new CmsEdit(label, "W01", "longer than " + width + " characters: shortened"));
            return ascii.substring(0, width);
        }
        return ascii + " ".repeat(width - ascii.length());
    }

    private static CmsEdit edit(CmsLayout layout, CmsSource source, String id, String reason) {
        return new CmsEdit(layout.label(source), id, reason);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
