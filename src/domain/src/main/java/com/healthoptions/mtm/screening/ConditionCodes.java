package com.healthoptions.mtm.screening;

import com.healthoptions.mtm.reference.Icd10Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Conditions the rules look for ({@code conditions.tsv}) as ICD-10-CM ranges. */
final class ConditionCodes {

    private final String version;
    private final List<Icd10Range> ranges = new ArrayList<>();

    ConditionCodes(ScreeningTable table) {
        this.version = table.version();
        for (Map<String, String> row : table.rows()) {
            String[] bounds = Icd10Range.normalize(row.get("icd10")).split("-");
            ranges.add(new Icd10Range(row.get("condition"), bounds[0], bounds.length > 1 ? bounds[1] : bounds[0]));
        }
    }

    String version() {
        return version;
    }

    Set<String> conditionsOf(String icd10Code) {
        String code = Icd10Range.normalize(icd10Code);
        Set<String> out = new TreeSet<>();
        for (Icd10Range range : ranges) {
            if (range.contains(code)) {
                out.add(range.conditionCode());
            }
        }
        return out;
    }

    boolean knows(String condition) {
        return ranges.stream().anyMatch(r -> r.conditionCode().equals(condition));
    }
}
