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
    WITHHELD
}
