package com.healthoptions.mtm.reference;

/**
 * A chronic condition. The ten CMS core chronic diseases have no {@code coreCode}; a finer condition
 * (depression, asthma, ...) names the core disease it belongs to.
 */
public record ChronicCondition(String code, String name, String coreCode) {

    /** Whether this condition counts toward a plan's countable item (a core disease or a finer condition). */
    public boolean countsAs(String countableCode) {
        return code.equals(countableCode) || countableCode.equals(coreCode);
    }
}
