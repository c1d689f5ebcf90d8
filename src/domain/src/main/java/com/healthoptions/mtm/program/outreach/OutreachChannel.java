package com.healthoptions.mtm.program.outreach;

import java.util.EnumSet;
import java.util.Set;

/** How an outreach attempt was made, and the outcomes it can have. */
public enum OutreachChannel {
    MAIL(EnumSet.of(OutreachOutcome.REACHED, OutreachOutcome.RETURNED_MAIL)),
    OUTBOUND_CALL(EnumSet.of(OutreachOutcome.REACHED, OutreachOutcome.NO_ANSWER, OutreachOutcome.VOICEMAIL_LEFT,
            OutreachOutcome.WRONG_NUMBER)),
    VOICEMAIL(EnumSet.of(OutreachOutcome.VOICEMAIL_LEFT)),
    PORTAL(EnumSet.of(OutreachOutcome.REACHED));

    private final Set<OutreachOutcome> outcomes;

    OutreachChannel(Set<OutreachOutcome> outcomes) {
        this.outcomes = outcomes;
    }

    public boolean allows(OutreachOutcome outcome) {
        return outcomes.contains(outcome);
    }
}
