package com.healthoptions.mtm.reference;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a fill's drug is, as far as the rules care: its active ingredients (a combination product has
 * several), whether it is a chronic/maintenance drug, and the conditions it implies.
 */
public record ResolvedDrug(SortedSet<String> ingredients, boolean chronic, Set<ChronicCondition> impliedConditions,
        Source source) {

    /** How the ingredients were found. */
    public enum Source { NDC, DRUG_NAME, UNRESOLVED }

    public ResolvedDrug {
        ingredients = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(ingredients));
        impliedConditions = Set.copyOf(impliedConditions);
    }

    public static ResolvedDrug unresolved() {
        return new ResolvedDrug(new TreeSet<>(), false, Set.of(), Source.UNRESOLVED);
    }

    /** "amlodipine + benazepril": one chronic drug whatever its strength. */
    public String label() {
        return String.join(" + ", ingredients);
    }
}
