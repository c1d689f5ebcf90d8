package com.healthoptions.mtm.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The findings of one member's screening over a period. */
public record ScreeningResult(String memberId, ScreeningPeriod period, List<Finding> findings) {

    public ScreeningResult {
        findings = List.copyOf(findings);
    }

    /**
     * Findings grouped by prescriber, NPIs in order, the findings without a prescriber last (null NPI). A finding
     * whose fills name two prescribers appears under each.
     */
    public List<PrescriberFindings> byPrescriber() {
        Map<String, List<Finding>> byNpi = new TreeMap<>();
        List<Finding> unknown = new ArrayList<>();
        for (Finding f : findings) {
            var npis = f.prescriberNpis();
            if (npis.isEmpty()) {
                unknown.add(f);
            }
            npis.forEach(npi -> byNpi.computeIfAbsent(npi, k -> new ArrayList<>()).add(f));
        }
        List<PrescriberFindings> out = new ArrayList<>();
        byNpi.forEach((npi, list) -> out.add(new PrescriberFindings(npi, list)));
        if (!unknown.isEmpty()) {
            out.add(new PrescriberFindings(null, unknown));
        }
        return out;
    }

    /** Findings of many members grouped by prescriber, for one letter per prescriber. */
    public static Map<String, List<ScreeningResult>> byPrescriber(List<ScreeningResult> results) {
        Map<String, List<ScreeningResult>> out = new LinkedHashMap<>();
        results.stream().sorted(Comparator.comparing(ScreeningResult::memberId)).forEach(r -> {
            for (PrescriberFindings p : r.byPrescriber()) {
                out.computeIfAbsent(p.prescriberNpi(), k -> new ArrayList<>())
                        .add(new ScreeningResult(r.memberId(), r.period(), p.findings()));
            }
        });
        return out;
    }
}
