package com.healthoptions.mtm.reference;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a fill's drug is, as far as the rules care: its active ingredients (a combination product has
 * several), the product it was sold as when known (a brand or FDA proprietary name, lower case), whether
 * it is a Part D maintenance drug and why, and the chronic conditions the product implies.
 */
public record ResolvedDrug(SortedSet<String> ingredients, String product, boolean maintenance,
        MaintenanceBasis maintenanceBasis, Set<ChronicCondition> impliedConditions, Source source) {

    /** How the ingredients were found. */
    public enum Source { NDC, DRUG_NAME, UNRESOLVED }

    /** What decided {@link #maintenance()}. */
    public enum MaintenanceBasis {
        /** The drug table knows the ingredients (it overrides the directory's classes). */
        INGREDIENT_TABLE,
        /** An FDA Established Pharmacologic Class of the product (PHARM_CLASSES). */
        PHARM_CLASS,
        /** Neither: not a maintenance drug by default. */
        DEFAULT
    }

    public ResolvedDrug {
        ingredients = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(ingredients));
        impliedConditions = Set.copyOf(impliedConditions);
    }

    public static ResolvedDrug unresolved() {
        return new ResolvedDrug(new TreeSet<>(), null, false, MaintenanceBasis.DEFAULT, Set.of(), Source.UNRESOLVED);
    }

    /** "amlodipine + benazepril": one drug whatever its strength; empty when no ingredient is known. */
    public String label() {
        return String.join(" + ", ingredients);
    }
}
