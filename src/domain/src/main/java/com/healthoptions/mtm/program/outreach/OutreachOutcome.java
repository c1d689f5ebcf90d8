package com.healthoptions.mtm.program.outreach;

/** What an outreach attempt achieved. A voicemail left on an outbound call is where a PIN is issued. */
public enum OutreachOutcome {
    REACHED, NO_ANSWER, VOICEMAIL_LEFT, RETURNED_MAIL, WRONG_NUMBER
}
