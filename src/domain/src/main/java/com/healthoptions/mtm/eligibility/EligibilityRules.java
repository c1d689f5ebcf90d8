package com.healthoptions.mtm.eligibility;

import com.healthoptions.mtm.eligibility.CriterionResult.Criterion;
import com.healthoptions.mtm.eligibility.PlanCriteria.DrugCountBasis;
import com.healthoptions.mtm.reference.ChronicCondition;
import com.healthoptions.mtm.reference.ResolvedDrug;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * MTM targeting (42 CFR 423.153(d)(2), SSA 1860D-4(c)(2)(A)): multiple chronic diseases, multiple covered
 * Part D drugs and likely annual covered Part D drug cost at or above the threshold; or an at-risk
 * beneficiary of the plan's Drug Management Program (mandatory from 2022).
 *
 * <ul>
 *   <li>The window: from 1 January of the plan year (or the member's coverage start, if later) to
 *       {@code asOf} (or 31 December, the end of coverage or the date of death, if earlier). Reversed
 *       fills never count.</li>
 *   <li>Drugs: one drug is one distinct combination of active ingredients, whatever the strength. Basis
 *       {@code MAINTENANCE}: Part D maintenance drugs only (the drug table, else the NDC directory's FDA
 *       pharmacologic class); {@code ALL_PART_D}: every drug.</li>
 *   <li>Conditions: diagnoses (service date from 1 January of the previous year: chronic conditions
 *       persist) united with conditions the member's products imply; only the plan's countable items
 *       count, each once.</li>
 *   <li>Cost: {@link CostProjection}; basis {@code ALL_COVERED} counts every covered fill,
 *       {@code CHRONIC_ONLY} maintenance drugs only.</li>
 *   <li>DMP: at risk on any day of the window, including a period that ended before {@code asOf}.</li>
 *   <li>Date met: the first day every criterion held at once (or the DMP period began), found at the
 *       fill or diagnosis that tipped it; a projection only falls between fills, so the first such day
 *       is always a fill, diagnosis or coverage-start day.</li>
 * </ul>
 */
public final class EligibilityRules {

    private static final Comparator<DrugFill> BY_DATE = Comparator.comparing(DrugFill::fillDate)
            .thenComparing(DrugFill::claimId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private EligibilityRules() {
    }

    public static EligibilityDecision evaluate(MemberProfile profile, PlanCriteria criteria, LocalDate asOf) {
        LocalDate yearStart = LocalDate.of(criteria.planYear(), 1, 1);
        LocalDate yearEnd = LocalDate.of(criteria.planYear(), 12, 31);
        Coverage coverage = profile.coverage();
        LocalDate coveredFrom = later(yearStart, coverage.start());
        LocalDate coveredTo = earlier(yearEnd, coverage.lastDay());
        LocalDate windowEnd = earlier(asOf, coveredTo);

        List<DrugFill> fills = new ArrayList<>(profile.fills().size());
        for (DrugFill f : profile.fills()) {
            if (!f.reversed() && !f.fillDate().isBefore(coveredFrom) && !f.fillDate().isAfter(windowEnd)) {
                fills.add(f);
            }
        }
        if (!inDateOrder(fills)) {
            fills.sort(BY_DATE); // stored profiles arrive in order; what-if profiles may not
        }
        List<DrugUse> uses = DrugUse.of(fills);

        CriterionResult drugs = drugs(uses, criteria);
        CriterionResult conditions = conditions(profile, uses, criteria, coveredFrom, windowEnd);
        CostProjection cost = CostProjection.of(uses, fills, criteria.costBasis(), yearStart, yearEnd,
                coveredFrom, coveredTo);
        CriterionResult costResult = cost.criterion(criteria.annualCostThreshold(), windowEnd);
        CriterionResult dmp = dmpAtRisk(profile, criteria, coveredFrom, windowEnd);

        boolean criteriaMet = drugs.met() && conditions.met() && costResult.met();
        LocalDate criteriaMetOn = null;
        if (criteriaMet) {
            LocalDate countsMetOn = later(drugs.metOn(), conditions.metOn());
            criteriaMetOn = !costResult.metOn().isBefore(countsMetOn) ? costResult.metOn()
                    : cost.firstMetOn(criteria.annualCostThreshold(), countsMetOn, windowEnd);
        }
        LocalDate dateMet = earliest(criteriaMetOn, dmp.met() ? dmp.metOn() : null);
        ReasonTargeted reason = ReasonTargeted.of(criteriaMet, dmp.met());
        return new EligibilityDecision(profile.memberId(), criteria.planId(), criteria.planYear(), asOf,
                reason != ReasonTargeted.NONE, reason, (java.math.BigDecimal) costResult.actual(), (int) drugs.actual(),
                (int) conditions.actual(), (boolean) dmp.actual(), dateMet, coverage,
                List.of(conditions, drugs, costResult, dmp));
    }

    private static CriterionResult drugs(List<DrugUse> uses, PlanCriteria criteria) {
        boolean all = criteria.drugCountBasis() == DrugCountBasis.ALL_PART_D;
        List<String> evidence = new ArrayList<>(uses.size() + 1);
        List<LocalDate> firstFills = new ArrayList<>(uses.size());
        StringBuilder notCounted = null;
        for (DrugUse use : uses) {
            if (all || use.maintenance) {
                StringBuilder sb = new StringBuilder(use.key).append(": ");
                appendClaims(sb, use.fills);
                evidence.add(sb.toString());
                firstFills.add(use.fills.getFirst().fillDate());
            } else {
                notCounted = notCounted == null ? new StringBuilder("not counted (not maintenance drugs): ")
                        : notCounted.append(", ");
                notCounted.append(use.key);
            }
        }
        if (notCounted != null) {
            evidence.add(notCounted.toString());
        }
        int count = firstFills.size();
        boolean met = count >= criteria.minChronicDrugs();
        return new CriterionResult(Criterion.CHRONIC_DRUGS, criteria.minChronicDrugs(), count, met,
                criteria.drugCountBasis().name(), met ? nth(firstFills, criteria.minChronicDrugs()) : null, evidence);
    }

    private static CriterionResult conditions(MemberProfile profile, List<DrugUse> uses, PlanCriteria criteria,
            LocalDate coveredFrom, LocalDate windowEnd) {
        LocalDate lookbackStart = LocalDate.of(criteria.planYear() - 1, 1, 1);
        List<String> items = criteria.countedConditionList();
        StringBuilder[] sources = new StringBuilder[items.size()];
        LocalDate[] first = new LocalDate[items.size()];
        // Diagnoses first, then drugs, each source once per item; a condition counts for the items it falls under.
        for (DiagnosisFact dx : profile.diagnoses()) {
            if (dx.serviceDate().isBefore(lookbackStart) || dx.serviceDate().isAfter(windowEnd) || dx.conditions().isEmpty()) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                for (ChronicCondition c : dx.conditions()) {
                    if (c.countsAs(items.get(i))) {
                        sources[i] = start(sources[i], items.get(i)).append("diagnosis ").append(dx.icd10Code())
                                .append(" (").append(dx.serviceDate()).append(')');
                        first[i] = earliest(first[i], later(dx.serviceDate(), coveredFrom));
                        break;
                    }
                }
            }
        }
        for (DrugUse use : uses) {
            ResolvedDrug previous = null;
            boolean[] done = null;
            for (DrugFill f : use.fills) {
                if (f.drug() == previous || f.drug().impliedConditions().isEmpty()) {
                    previous = f.drug(); // refills of one product share one resolution
                    continue;
                }
                previous = f.drug();
                for (int i = 0; i < items.size(); i++) {
                    if (done != null && done[i]) {
                        continue;
                    }
                    for (ChronicCondition c : previous.impliedConditions()) {
                        if (c.countsAs(items.get(i))) {
                            // the first fill whose product implies it: Zepbound, then Mounjaro, shows diabetes at Mounjaro
                            sources[i] = start(sources[i], items.get(i)).append("drug ").append(use.key);
                            first[i] = earliest(first[i], f.fillDate());
                            done = done == null ? new boolean[items.size()] : done;
                            done[i] = true;
                            break;
                        }
                    }
                }
            }
        }
        List<String> evidence = new ArrayList<>();
        List<LocalDate> itemDates = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (sources[i] != null) {
                evidence.add(sources[i].toString());
                itemDates.add(first[i]);
            }
        }
        int count = itemDates.size();
        boolean met = count >= criteria.minChronicConditions();
        return new CriterionResult(Criterion.CHRONIC_CONDITIONS, criteria.minChronicConditions(), count, met, null,
                met ? nth(itemDates, criteria.minChronicConditions()) : null, evidence);
    }

    private static StringBuilder start(StringBuilder sources, String item) {
        return sources == null ? new StringBuilder(item).append(": ") : sources.append(", ");
    }

    private static CriterionResult dmpAtRisk(MemberProfile profile, PlanCriteria criteria, LocalDate from, LocalDate to) {
        List<String> evidence = new ArrayList<>(2);
        LocalDate first = null;
        for (DmpPeriod p : profile.dmpPeriods()) {
            if (!to.isBefore(from) && p.atRiskDuring(from, to)) {
                first = earliest(first, later(p.effectiveDate(), from));
                boolean ended = p.endDate() != null && p.endDate().isBefore(to);
                evidence.add("at-risk in the drug management program " + p.effectiveDate() + ".."
                        + (p.endDate() == null ? "open" : p.endDate())
                        + (ended ? " (ended before the as-of date: still counts for the plan year)" : ""));
            }
        }
        boolean targets = criteria.dmpAtRiskTargets();
        if (first != null && criteria.dmpAtRiskMandatory()) {
            evidence.add("DMP at-risk beneficiaries are mandatory MTM targets from " + PlanCriteria.DMP_MANDATORY_FROM
                    + " (42 CFR 423.153(d)(2)(ii))");
        } else if (!targets) {
            evidence.add("this plan year's criteria do not target DMP at-risk members by themselves");
        }
        boolean met = first != null && targets;
        return new CriterionResult(Criterion.DMP_AT_RISK, targets, first != null, met, null, met ? first : null, evidence);
    }

    private static boolean inDateOrder(List<DrugFill> fills) {
        for (int i = 1; i < fills.size(); i++) {
            if (fills.get(i).fillDate().isBefore(fills.get(i - 1).fillDate())) {
                return false;
            }
        }
        return true;
    }

    private static void appendClaims(StringBuilder sb, List<DrugFill> fills) {
        for (int i = 0; i < fills.size(); i++) {
            DrugFill f = fills.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append("claim ").append(f.claimId()).append(" (").append(f.fillDate()).append(')');
        }
    }

    /** The n-th smallest date (1-based): the day the n-th item arrived. */
    private static LocalDate nth(List<LocalDate> dates, int n) {
        List<LocalDate> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        return sorted.get(Math.max(0, n - 1));
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || (a != null && a.isAfter(b)) ? a : b;
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || (a != null && a.isBefore(b)) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : earlier(a, b);
    }

    /** One drug of the member (a distinct ingredient combination) and its fills in date order. */
    static final class DrugUse {
        final String key;
        final boolean maintenance;
        final List<DrugFill> fills = new ArrayList<>(4);

        DrugUse(String key, boolean maintenance) {
            this.key = key;
            this.maintenance = maintenance;
        }

        /** The member's drugs, in key order, each with its fills in date order. */
        static List<DrugUse> of(List<DrugFill> fills) {
            Map<String, DrugUse> byKey = new java.util.HashMap<>();
            List<DrugUse> uses = new ArrayList<>();
            for (DrugFill f : fills) {
                String key = key(f);
                DrugUse use = byKey.get(key);
                if (use == null) {
                    use = new DrugUse(key, f.drug().maintenance());
                    byKey.put(key, use);
                    uses.add(use);
                }
                use.fills.add(f);
            }
            uses.sort(java.util.Comparator.comparing(u -> u.key));
            return uses;
        }

        /** The ingredient combination; a drug nothing identifies is told apart by its NDC product or name. */
        static String key(DrugFill f) {
            String label = f.drug().label();
            if (!label.isEmpty()) {
                return label;
            }
            if (f.ndc() != null) {
                return "unidentified NDC product " + f.ndc().substring(0, 9);
            }
            return "unidentified " + (f.drugName() == null ? "drug" : f.drugName().strip().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
