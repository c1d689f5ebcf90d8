package com.healthoptions.mtm.disposal;

import com.healthoptions.mtm.reference.DeaSchedule;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the disposal rules need to know about a drug: its ingredients, its form (null when unknown),
 * its DEA schedule (the strictest of its ingredients unless the product's own is known), why it is on
 * the FDA flush list (empty when it is not) and which other forms of its ingredients are.
 *
 * @param identified false when the drug could not be identified: the rules give the general guidance
 */
public record DisposalSubject(
        boolean identified,
        SortedSet<String> ingredients,
        DosageForm form,
        DeaSchedule deaSchedule,
        SortedSet<String> flushListedAs,
        List<String> flushListedInOtherForms) {

    public DisposalSubject {
        ingredients = Collections.unmodifiableSortedSet(new TreeSet<>(ingredients));
        flushListedAs = Collections.unmodifiableSortedSet(new TreeSet<>(flushListedAs));
        flushListedInOtherForms = List.copyOf(flushListedInOtherForms);
    }

    /** A drug nobody could identify; {@code form} is what the query said, if anything. */
    public static DisposalSubject unidentified(DosageForm form) {
        return new DisposalSubject(false, new TreeSet<>(), form, null, new TreeSet<>(), List.of());
    }

    public boolean fdaFlushList() {
        return !flushListedAs.isEmpty();
    }
}
