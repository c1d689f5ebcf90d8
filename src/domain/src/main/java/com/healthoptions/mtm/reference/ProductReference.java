package com.healthoptions.mtm.reference;

import java.util.Map;
import java.util.Set;

/**
 * Reference data about products rather than ingredients (V500): which FDA Established Pharmacologic
 * Classes are maintenance classes, the conditions a product implies when its ingredient alone does not
 * tell (Ozempic, not Wegovy, shows diabetes), and DEA schedules by product name.
 *
 * @param maintenanceByPharmClass EPC names as FDA prints them (without "[EPC]"), true for maintenance
 * @param conditionsByProduct a brand name or an ingredient combination label to the condition codes it
 *        implies (empty: none), replacing its ingredients' conditions
 * @param schedulesByName lower-case product names to their own schedule
 */
public record ProductReference(Map<String, Boolean> maintenanceByPharmClass,
        Map<String, Set<String>> conditionsByProduct, Map<String, NameSchedule> schedulesByName) {

    public static final ProductReference NONE = new ProductReference(Map.of(), Map.of(), Map.of());

    public ProductReference {
        maintenanceByPharmClass = Map.copyOf(maintenanceByPharmClass);
        conditionsByProduct = Map.copyOf(conditionsByProduct);
        schedulesByName = Map.copyOf(schedulesByName);
    }
}
