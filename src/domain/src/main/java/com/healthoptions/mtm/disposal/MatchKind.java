package com.healthoptions.mtm.disposal;

/** How a member's drug name (or NDC) was recognised. */
public enum MatchKind {
    /** An ingredient name, or an NDC found in the directory. */
    EXACT,
    /** A brand name, resolved to its ingredients. */
    BRAND,
    /** A small misspelling of an ingredient or brand name. */
    FUZZY,
    /** Not recognised: the general guidance applies. */
    NONE
}
