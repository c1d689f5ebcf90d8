package com.healthoptions.mtm.verification;

/** What a failed-attempt counter counts for. */
public enum CounterKind {
    /** One member, whichever way the caller tried (ANI or PIN). */
    MEMBER,
    /** One Connect contact (one call). */
    CONTACT,
    /** One caller number, by its keyed hash: failed PIN attempts across calls. */
    CALLER,
    /** Every caller with a withheld caller id, together. */
    WITHHELD,
    /**
     * A number on file, by its keyed hash: date of birth and ZIP keyed from it that matched nobody on the
     * line. Never shown to the caller; when spent, the number verifies nobody by ANI until the lock ends.
     */
    LINE,
    /** Every failed PIN attempt from anyone (one row): the global budget behind the PIN path. */
    PIN_PATH
}
