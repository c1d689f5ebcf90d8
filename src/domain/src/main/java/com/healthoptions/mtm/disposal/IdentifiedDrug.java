package com.healthoptions.mtm.disposal;

import com.healthoptions.mtm.reference.DeaSchedule;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** The drug a look-up settled on, as the member sees it. {@code dosageForm} and {@code deaSchedule} may be null. */
public record IdentifiedDrug(String name, SortedSet<String> ingredients, DosageForm dosageForm, DeaSchedule deaSchedule) {

    public IdentifiedDrug {
        ingredients = Collections.unmodifiableSortedSet(new TreeSet<>(ingredients));
    }
}
