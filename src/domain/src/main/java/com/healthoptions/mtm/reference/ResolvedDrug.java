package com.healthoptions.mtm.reference;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a fill's drug is, as far as the rules care: its active ingredients (a combination product has
 * several), the product it was sold as when known (a brand or FDA proprietary name, lower case), whether
 * it is a Part D maintenance drug and why, and the chronic conditions the product implies. Immutable; the
 * label is computed once (the rules ask for it on every fill).
 */
public final class ResolvedDrug {

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

    private final SortedSet<String> ingredients;
    private final String product;
    private final boolean maintenance;
    private final MaintenanceBasis maintenanceBasis;
    private final Set<ChronicCondition> impliedConditions;
    private final Source source;
    private final List<String> establishedClasses;
    private final String label;

    public ResolvedDrug(SortedSet<String> ingredients, String product, boolean maintenance,
            MaintenanceBasis maintenanceBasis, Set<ChronicCondition> impliedConditions, Source source) {
        this(ingredients, product, maintenance, maintenanceBasis, impliedConditions, source, List.of());
    }

    /** With the NDC directory product's FDA Established Pharmacologic Classes (empty when not from the directory). */
    public ResolvedDrug(SortedSet<String> ingredients, String product, boolean maintenance,
            MaintenanceBasis maintenanceBasis, Set<ChronicCondition> impliedConditions, Source source,
            List<String> establishedClasses) {
        this.ingredients = Collections.unmodifiableSortedSet(new TreeSet<>(ingredients));
        this.product = product;
        this.maintenance = maintenance;
        this.maintenanceBasis = Objects.requireNonNull(maintenanceBasis);
        this.impliedConditions = Set.copyOf(impliedConditions);
        this.source = Objects.requireNonNull(source);
        this.establishedClasses = List.copyOf(establishedClasses);
        this.label = String.join(" + ", this.ingredients);
    }

    public static ResolvedDrug unresolved() {
        return new ResolvedDrug(new TreeSet<>(), null, false, MaintenanceBasis.DEFAULT, Set.of(), Source.UNRESOLVED);
    }

    public SortedSet<String> ingredients() {
        return ingredients;
    }

    public String product() {
        return product;
    }

    public boolean maintenance() {
        return maintenance;
    }

    public MaintenanceBasis maintenanceBasis() {
        return maintenanceBasis;
    }

    public Set<ChronicCondition> impliedConditions() {
        return impliedConditions;
    }

    public Source source() {
        return source;
    }

    /** The product's FDA Established Pharmacologic Classes (PHARM_CLASSES "[EPC]" entries), as FDA prints them. */
    public List<String> establishedClasses() {
        return establishedClasses;
    }

    /** "amlodipine + benazepril": one drug whatever its strength; empty when no ingredient is known. */
    public String label() {
        return label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResolvedDrug r && r.ingredients.equals(ingredients) && Objects.equals(r.product, product)
                && r.maintenance == maintenance && r.maintenanceBasis == maintenanceBasis
                && r.impliedConditions.equals(impliedConditions) && r.source == source
                && r.establishedClasses.equals(establishedClasses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ingredients, product, maintenance, maintenanceBasis, impliedConditions, source,
                establishedClasses);
    }

    @Override
    public String toString() {
        return "ResolvedDrug[" + label + (product == null ? "" : " as " + product) + ", maintenance=" + maintenance
                + " (" + maintenanceBasis + "), implies " + impliedConditions + ", from " + source + "]";
    }
}
