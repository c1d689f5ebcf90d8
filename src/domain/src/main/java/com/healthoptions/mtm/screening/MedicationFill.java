package com.healthoptions.mtm.screening;

import com.healthoptions.mtm.eligibility.DrugFill;
import java.time.LocalDate;

/** A stored fill as the screening reads it: the claim with its resolved drug, and the prescriber's NPI when the claim named one. */
public record MedicationFill(DrugFill fill, String prescriberNpi) {

    public LocalDate fillDate() {
        return fill.fillDate();
    }

    /** The last day of supply: a 30-day fill on 1 January covers 1 to 30 January. */
    public LocalDate lastDayOfSupply() {
        return fill.fillDate().plusDays(fill.daysSupply() - 1L);
    }
}
