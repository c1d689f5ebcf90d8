package com.healthoptions.mtm.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One medication problem found by a rule, with its evidence.
 *
 * @param ruleId the rule ({@code DUPLICATE-THERAPY}, {@code PQA-COB}, a drug-disease row id such as
 *        {@code DDI-NSAID-HF}, ...)
 * @param ruleVersion the rule's revision and the versions of the data tables it read
 * @param subject what the finding is about, in a few words ("atorvastatin + rosuvastatin", "statin adherence")
 * @param startDate first day of the problem (first overlapping day, first fill, index date)
 * @param endDate last day of the problem seen in the period
 * @param value the measured quantity: overlap days (duplicate therapy, COB), PDC in per cent rounded down to one
 *        decimal (adherence); null when the rule measures nothing
 * @param recommendation plain language for the prescriber
 */
public record Finding(String ruleId, String ruleVersion, Severity severity, String subject, List<FindingFill> fills,
        List<FindingDiagnosis> diagnoses, LocalDate startDate, LocalDate endDate, BigDecimal value,
        String recommendation) {

    public Finding {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(ruleVersion);
        Objects.requireNonNull(severity);
        fills = List.copyOf(fills);
        diagnoses = List.copyOf(diagnoses);
    }

    /** The prescribers named on the triggering fills (fills without a prescriber leave none). */
    public Set<String> prescriberNpis() {
        Set<String> out = new TreeSet<>();
        fills.forEach(f -> {
            if (f.prescriberNpi() != null) {
                out.add(f.prescriberNpi());
            }
        });
        return out;
    }

    /** A fill that triggered the finding. */
    public record FindingFill(String claimId, LocalDate fillDate, int daysSupply, String drug, String prescriberNpi) {
    }

    /** A diagnosis that triggered the finding. */
    public record FindingDiagnosis(String icd10Code, LocalDate serviceDate) {
    }
}
