package com.healthoptions.mtm.disposal;

/** Ways to get rid of a medicine, as the guidance names them. */
public enum DisposalMethod {
    /** A DEA-registered collection site or a National Prescription Drug Take Back Day site. */
    TAKE_BACK,
    /** A DEA-authorized prepaid mail-back envelope. */
    MAIL_BACK,
    /** Down the toilet: FDA flush-list medicines only, and only when no take-back is readily available. */
    FLUSH,
    /** Mixed with something unappealing, sealed, in the household trash. */
    HOUSEHOLD_TRASH,
    /** An FDA-cleared sharps container for needles, pen needles, syringes and auto-injectors. */
    SHARPS_CONTAINER,
    /** Form-specific instructions (inhalers): the label and the local waste facility decide. */
    SPECIAL_HANDLING
}
