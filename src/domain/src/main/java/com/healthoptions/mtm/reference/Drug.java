package com.healthoptions.mtm.reference;

import java.util.Set;

/** One active ingredient of the drug reference table. */
public record Drug(
        String ingredient,
        String therapeuticClass,
        boolean chronic,
        DeaSchedule deaSchedule,
        boolean fdaFlushList,
        Set<String> impliedConditionCodes) {

    public Drug {
        impliedConditionCodes = Set.copyOf(impliedConditionCodes);
    }
}
