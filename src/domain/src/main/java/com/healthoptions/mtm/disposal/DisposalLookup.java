package com.healthoptions.mtm.disposal;

/** The answer to "how do I dispose of this?": what was asked, what it matched (null drug for NONE), the guidance. */
public record DisposalLookup(String query, MatchKind match, IdentifiedDrug drug, DisposalGuidance guidance) {
}
