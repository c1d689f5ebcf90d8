package com.healthoptions.mtm.disposal;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a member's drug name was recognised as: the canonical name(s) matched, their ingredients, and the
 * dosage form the words, the brand or the ingredient imply (null when nothing says).
 */
public record DrugNameMatch(MatchKind kind, String name, SortedSet<String> ingredients, DosageForm form) {

    public DrugNameMatch {
        ingredients = Collections.unmodifiableSortedSet(new TreeSet<>(ingredients));
    }

    public static DrugNameMatch none(DosageForm statedForm) {
        return new DrugNameMatch(MatchKind.NONE, null, new TreeSet<>(), statedForm);
    }
}
