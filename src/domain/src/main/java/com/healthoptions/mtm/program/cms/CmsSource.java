package com.healthoptions.mtm.program.cms;

import com.healthoptions.mtm.eligibility.ReasonTargeted;
import com.healthoptions.mtm.enrollment.OptOutReason;
import com.healthoptions.mtm.program.ContactMethod;
import com.healthoptions.mtm.program.Indicator;
import com.healthoptions.mtm.program.cmr.CmrDeliveryMethod;
import com.healthoptions.mtm.program.cmr.CmrRecipient;
import com.healthoptions.mtm.program.cmr.QualifiedProvider;
import java.util.Arrays;
import java.util.List;

/**
 * What a field of the CMS beneficiary-level MTM record carries: the builder's vocabulary. A layout file
 * says where each source goes, how wide it is and which CMS code each business name becomes.
 */
public enum CmsSource {
    CONTRACT_ID(Kind.TEXT, null),
    BENEFICIARY_ID(Kind.TEXT, null),
    FIRST_NAME(Kind.TEXT, null),
    LAST_NAME(Kind.TEXT, null),
    DATE_OF_BIRTH(Kind.DATE, null),
    MET_TARGETING_CRITERIA(Kind.CODE, CodeSet.YES_NO),
    REASON_TARGETED(Kind.CODE, CodeSet.REASON_TARGETED),
    COGNITIVELY_IMPAIRED(Kind.CODE, CodeSet.INDICATOR),
    LTC_RESIDENT(Kind.CODE, CodeSet.INDICATOR),
    ENROLLMENT_DATE(Kind.DATE, null),
    DATE_MET_CRITERIA(Kind.DATE, null),
    OPT_OUT_DATE(Kind.DATE, null),
    OPT_OUT_REASON(Kind.CODE, CodeSet.OPT_OUT_REASON),
    CMR_OFFERED(Kind.CODE, CodeSet.YES_NO),
    CMR_OFFER_DATE(Kind.DATE, null),
    CMR_OFFER_RECIPIENT(Kind.CODE, CodeSet.RECIPIENT),
    CMR_RECEIVED(Kind.CODE, CodeSet.YES_NO),
    CMR_DATE(Kind.DATE, null),
    CMR_SUMMARY_SENT_DATE(Kind.DATE, null),
    CMR_DELIVERY_METHOD(Kind.CODE, CodeSet.CMR_DELIVERY_METHOD),
    CMR_PROVIDER(Kind.CODE, CodeSet.QUALIFIED_PROVIDER),
    CMR_RECIPIENT(Kind.CODE, CodeSet.RECIPIENT),
    TMR_COUNT(Kind.NUMBER, null),
    FIRST_TMR_DATE(Kind.DATE, null),
    RECOMMENDATIONS_TO_PRESCRIBERS(Kind.NUMBER, null),
    RECOMMENDATIONS_RESULTING_IN_CHANGE(Kind.NUMBER, null),
    SAFE_DISPOSAL_DATE(Kind.DATE, null),
    SAFE_DISPOSAL_METHOD(Kind.CODE, CodeSet.SAFE_DISPOSAL_METHOD),
    /** Spaces, for reserved positions. */
    FILLER(Kind.TEXT, null);

    /** How a value is written: text left-justified, numbers zero-filled, dates CCYYMMDD, codes from the layout. */
    public enum Kind { TEXT, DATE, NUMBER, CODE }

    /** The business names a layout must give a CMS code for. */
    public enum CodeSet {
        YES_NO(List.of("YES", "NO")),
        INDICATOR(names(Indicator.class)),
        REASON_TARGETED(names(ReasonTargeted.class)),
        OPT_OUT_REASON(names(OptOutReason.class)),
        RECIPIENT(names(CmrRecipient.class)),
        CMR_DELIVERY_METHOD(names(CmrDeliveryMethod.class)),
        QUALIFIED_PROVIDER(names(QualifiedProvider.class)),
        SAFE_DISPOSAL_METHOD(names(ContactMethod.class));

        private final List<String> names;

        CodeSet(List<String> names) {
            this.names = names;
        }

        public List<String> names() {
            return names;
        }

        private static List<String> names(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        }
    }

    private final Kind kind;
    private final CodeSet codeSet;

    CmsSource(Kind kind, CodeSet codeSet) {
        this.kind = kind;
        this.codeSet = codeSet;
    }

    public Kind kind() {
        return kind;
    }

    public CodeSet codeSet() {
        return codeSet;
    }
}
