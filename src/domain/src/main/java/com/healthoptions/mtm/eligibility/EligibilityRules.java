package com.healthoptions.mtm.eligibility;

import com.healthoptions.mtm.eligibility.CriterionResult.Criterion;
import com.healthoptions.mtm.reference.ChronicCondition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * MTM targeting (42 CFR 423.153(d)(2)): multiple chronic diseases, multiple covered Part D chronic
 * drugs and likely annual cost at or above the threshold; or DMP at-risk where the plan says so.
 *
 * <ul>
 *   <li>Fills count from 1 January of the plan year through {@code asOf} (or 31 December), reversed
 *       fills never. A chronic drug is one distinct combination of active ingredients, whatever the
 *       strength or manufacturer.</li>
 *   <li>Conditions are the union of those from diagnoses (service date from 1 January of the previous
 *       year through {@code asOf}: chronic conditions persist, so a two-year look-back) and those implied
 *       by fills in the plan year. Only the plan's countable items count; each counts once.</li>
 *   <li>Projected annual cost: chronic-drug gross cost so far, divided by the days elapsed in the plan
 *       year up to {@code asOf} and multiplied by the days in the year (a straight-line run rate),
 *       rounded half-up to the cent. At or after 31 December it is the actual cost.</li>
 *   <li>DMP status counts on {@code asOf}, or on 31 December when asking about a past plan year.</li>
 * </ul>
 */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    public static EligibilityDecision evaluate(MemberProfile profile, PlanCriteria criteria, LocalDate asOf) {
        LocalDate yearStart = LocalDate.of(criteria.planYear(), 1, 1);
        LocalDate yearEnd = LocalDate.of(criteria.planYear(), 12, 31);
        LocalDate windowEnd = asOf.isBefore(yearEnd) ? asOf : yearEnd;

        List<DrugFill> fillsInYear = profile.fills().stream()
                .filter(f -> !f.reversed())
                .filter(f -> !f.fillDate().isBefore(yearStart) && !f.fillDate().isAfter(windowEnd))
                .toList();
        List<DrugFill> chronicFills = fillsInYear.stream().filter(f -> f.drug().chronic()).toList();

        CriterionResult drugs = chronicDrugs(chronicFills, criteria);
        CriterionResult conditions = chronicConditions(profile, fillsInYear, criteria, windowEnd);
        CostProjection cost = CostProjection.of(chronicFills, yearStart, yearEnd, windowEnd);
        CriterionResult costResult = new CriterionResult(Criterion.ANNUAL_COST, criteria.annualCostThreshold(),
                cost.projected(), cost.projected().compareTo(criteria.annualCostThreshold()) >= 0, cost.evidence());
        CriterionResult dmp = dmpAtRisk(profile, criteria, windowEnd);

        boolean criteriaMet = drugs.met() && conditions.met() && costResult.met();
        boolean dmpAtRisk = (boolean) dmp.actual();
        ReasonTargeted reason = ReasonTargeted.of(criteriaMet, dmp.met());
        return new EligibilityDecision(profile.memberId(), criteria.planId(), criteria.planYear(), asOf,
                reason != ReasonTargeted.NONE, reason, cost.projected(), (int) drugs.actual(),
                (int) conditions.actual(), dmpAtRisk, List.of(conditions, drugs, costResult, dmp));
    }

    private static CriterionResult chronicDrugs(List<DrugFill> chronicFills, PlanCriteria criteria) {
        SortedMap<String, List<DrugFill>> byCombination = new TreeMap<>();
        for (DrugFill fill : chronicFills) {
            byCombination.computeIfAbsent(fill.drug().label(), k -> new ArrayList<>()).add(fill);
        }
        List<String> evidence = new ArrayList<>();
        byCombination.forEach((label, fills) -> evidence.add(label + ": " + describeFills(fills)));
        int count = byCombination.size();
        return new CriterionResult(Criterion.CHRONIC_DRUGS, criteria.minChronicDrugs(), count,
                count >= criteria.minChronicDrugs(), evidence);
    }

    private static String describeFills(List<DrugFill> fills) {
        StringBuilder sb = new StringBuilder();
        for (DrugFill f : fills) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append("claim ").append(f.claimId()).append(" (").append(f.fillDate()).append(')');
        }
        return sb.toString();
    }

    private static CriterionResult chronicConditions(MemberProfile profile, List<DrugFill> fillsInYear,
            PlanCriteria criteria, LocalDate windowEnd) {
        LocalDate lookbackStart = LocalDate.of(criteria.planYear() - 1, 1, 1);
        Map<String, List<String>> support = new LinkedHashMap<>();
        for (String item : criteria.countedConditions().stream().sorted().toList()) {
            List<String> sources = new ArrayList<>();
            for (DiagnosisFact dx : profile.diagnoses()) {
                if (dx.serviceDate().isBefore(lookbackStart) || dx.serviceDate().isAfter(windowEnd)) {
                    continue;
                }
                for (ChronicCondition c : dx.conditions()) {
                    if (c.countsAs(item)) {
                        sources.add("diagnosis " + dx.icd10Code() + " (" + dx.serviceDate() + ")");
                    }
                }
            }
            for (DrugFill fill : fillsInYear) {
                for (ChronicCondition c : fill.drug().impliedConditions()) {
                    String source = "drug " + fill.drug().label();
                    if (c.countsAs(item) && !sources.contains(source)) {
                        sources.add(source);
                    }
                }
            }
            if (!sources.isEmpty()) {
                support.put(item, sources);
            }
        }
        List<String> evidence = new ArrayList<>();
        support.forEach((item, sources) -> evidence.add(item + ": " + String.join(", ", sources)));
        int count = support.size();
        return new CriterionResult(Criterion.CHRONIC_CONDITIONS, criteria.minChronicConditions(), count,
                count >= criteria.minChronicConditions(), evidence);
    }

    private static CriterionResult dmpAtRisk(MemberProfile profile, PlanCriteria criteria, LocalDate day) {
        List<String> evidence = new ArrayList<>();
        boolean atRisk = false;
        for (DmpPeriod p : profile.dmpPeriods()) {
            if (p.atRiskOn(day)) {
                atRisk = true;
                evidence.add("at-risk in the drug management program since " + p.effectiveDate()
                        + (p.endDate() == null ? "" : " until " + p.endDate()));
            }
        }
        if (!criteria.dmpAtRiskQualifies()) {
            evidence.add("this plan year's criteria do not target DMP at-risk members by themselves");
        }
        return new CriterionResult(Criterion.DMP_AT_RISK, criteria.dmpAtRiskQualifies(), atRisk,
                atRisk && criteria.dmpAtRiskQualifies(), evidence);
    }

    /** Straight-line run rate of chronic-drug gross cost over the elapsed part of the plan year. */
    record CostProjection(BigDecimal projected, List<String> evidence) {

        static CostProjection of(List<DrugFill> chronicFills, LocalDate yearStart, LocalDate yearEnd,
                LocalDate windowEnd) {
            BigDecimal soFar = chronicFills.stream().map(DrugFill::grossCost).reduce(BigDecimal.ZERO, BigDecimal::add);
            long daysInYear = ChronoUnit.DAYS.between(yearStart, yearEnd) + 1;
            long elapsed = windowEnd.isBefore(yearStart) ? 0 : ChronoUnit.DAYS.between(yearStart, windowEnd) + 1;
            if (elapsed == 0) {
                return new CostProjection(BigDecimal.ZERO.setScale(2),
                        List.of("as-of date is before the plan year: no cost yet"));
            }
            BigDecimal projected = soFar.multiply(BigDecimal.valueOf(daysInYear))
                    .divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP);
            String method = elapsed == daysInYear
                    ? "full plan year: projected cost is the actual cost"
                    : "annualised: " + soFar.setScale(2, RoundingMode.HALF_UP) + " x " + daysInYear + " / " + elapsed;
            return new CostProjection(projected, List.of(
                    "chronic-drug gross cost " + yearStart + ".." + windowEnd + ": "
                            + soFar.setScale(2, RoundingMode.HALF_UP) + " over " + elapsed + " of " + daysInYear + " days",
                    method));
        }
    }
}
