package com.healthoptions.mtm.eligibility;

import com.healthoptions.mtm.eligibility.CriterionResult.Criterion;
import com.healthoptions.mtm.eligibility.EligibilityRules.DrugUse;
import com.healthoptions.mtm.eligibility.PlanCriteria.CostBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * "Likely to incur annual costs" (SSA 1860D-4(c)(2)(A)(ii), 42 CFR 423.153(d)(2)(i)(C)): CMS leaves the
 * method to the sponsor, who documents it; it must not over-project early 90-day fills. This method:
 *
 * <pre>
 *   projected = (cost incurred so far + continuation) x days in plan year / covered days in plan year
 *   continuation = for each drug still taken: (its latest fill's cost / its days supply)
 *                  x covered days after that supply runs out (or after as-of) until 31 December or
 *                  the end of coverage
 * </pre>
 *
 * <ul>
 *   <li>Days-supply aware: a 90-day fill pays for 90 days, so nothing is added until it runs out.
 *       Eight $45 90-day fills on 10 January 2025 project to $1,424.00 (their run rate of $4 a day from
 *       10 January), where a straight line from 1 January as of 31 January gave $4,238.71.</li>
 *   <li>A drug continues when it is a maintenance drug or has been refilled, and its supply ended no more
 *       than {@value #REFILL_GRACE_DAYS} days before the as-of date; a one-off course does not repeat.</li>
 *   <li>Covered days only: a member who joins in July is annualised over July-December (not diluted by
 *       January-June), so the figure compares with the annual threshold.</li>
 *   <li>At year end (or the end of coverage) nothing continues and the result is the actual cost
 *       (for a part-year member, the actual cost annualised over the covered days).</li>
 * </ul>
 */
final class CostProjection {

    /** A refill this many days late still counts as continuing therapy. */
    static final int REFILL_GRACE_DAYS = 30;

    private final CostBasis basis;
    private final List<DrugUse> counted;
    private final List<DrugUse> notCounted;
    /** Counted fills in date order with the running cost (prefix sums) for any as-of day. */
    private final List<DrugFill> countedFills;
    private final BigDecimal[] incurredThrough;
    private final LocalDate coveredFrom;
    private final LocalDate coveredTo;
    private final long daysInYear;
    private final long coveredDays;

    private CostProjection(CostBasis basis, List<DrugUse> counted, List<DrugUse> notCounted, LocalDate yearStart,
            LocalDate yearEnd, LocalDate coveredFrom, LocalDate coveredTo) {
        this.basis = basis;
        this.counted = counted;
        this.notCounted = notCounted;
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
        this.daysInYear = ChronoUnit.DAYS.between(yearStart, yearEnd) + 1;
        this.coveredDays = Math.max(0, ChronoUnit.DAYS.between(coveredFrom, coveredTo) + 1);
        List<DrugFill> all = new ArrayList<>();
        counted.forEach(u -> all.addAll(u.fills));
        all.sort(java.util.Comparator.comparing(DrugFill::fillDate));
        this.countedFills = all;
        this.incurredThrough = new BigDecimal[all.size()];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < all.size(); i++) {
            sum = sum.add(all.get(i).grossCost());
            incurredThrough[i] = sum;
        }
    }

    static CostProjection of(Collection<DrugUse> uses, CostBasis basis, LocalDate yearStart, LocalDate yearEnd,
            LocalDate coveredFrom, LocalDate coveredTo) {
        List<DrugUse> counted = new ArrayList<>(uses.size());
        List<DrugUse> notCounted = new ArrayList<>(2);
        for (DrugUse u : uses) {
            (basis == CostBasis.ALL_COVERED || u.maintenance ? counted : notCounted).add(u);
        }
        return new CostProjection(basis, counted, notCounted, yearStart, yearEnd, coveredFrom, coveredTo);
    }

    /** The projection as of a day, rounded half-up to the cent; zero before any covered day. */
    BigDecimal projectedOn(LocalDate day) {
        if (coveredDays == 0 || day.isBefore(coveredFrom)) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal total = incurred(day);
        for (DrugUse u : counted) {
            total = total.add(continuation(u, day));
        }
        return annualised(total);
    }

    /** The first fill day from {@code from} to {@code to} on which the projection reached the threshold. */
    LocalDate firstMetOn(BigDecimal threshold, LocalDate from, LocalDate to) {
        if (projectedOn(from).compareTo(threshold) >= 0) {
            return from;
        }
        LocalDate previous = from;
        for (DrugFill f : countedFills) {
            LocalDate d = f.fillDate();
            if (d.isAfter(previous) && !d.isAfter(to)) {
                previous = d;
                if (projectedOn(d).compareTo(threshold) >= 0) {
                    return d;
                }
            }
        }
        return to; // not reached: the projection is met on "to" by the caller's own evaluation
    }

    CriterionResult criterion(BigDecimal threshold, LocalDate windowEnd) {
        BigDecimal projected = projectedOn(windowEnd);
        boolean met = projected.compareTo(threshold) >= 0;
        return new CriterionResult(Criterion.ANNUAL_COST, threshold, projected, met, basis.name(),
                met ? firstMetOn(threshold, coveredFrom, windowEnd) : null, evidence(windowEnd, projected));
    }

    private BigDecimal incurred(LocalDate day) {
        int lo = 0;
        int hi = countedFills.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (countedFills.get(mid).fillDate().isAfter(day)) {
                hi = mid - 1;
            } else {
                last = mid;
                lo = mid + 1;
            }
        }
        return last < 0 ? BigDecimal.ZERO : incurredThrough[last];
    }

    /** What the drug's latest fill on or before the day says the rest of the covered year will cost. */
    private BigDecimal continuation(DrugUse u, LocalDate day) {
        long days = continuationDays(u, day);
        if (days <= 0) {
            return BigDecimal.ZERO;
        }
        DrugFill latest = latestOn(u, day);
        return latest.grossCost().multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(latest.daysSupply()), 10, RoundingMode.HALF_UP);
    }

    private long continuationDays(DrugUse u, LocalDate day) {
        DrugFill latest = latestOn(u, day);
        if (latest == null || !(u.maintenance || fillsOn(u, day) >= 2)) {
            return 0;
        }
        LocalDate supplyEnd = latest.fillDate().plusDays(latest.daysSupply() - 1L);
        if (supplyEnd.isBefore(day.minusDays(REFILL_GRACE_DAYS))) {
            return 0; // stopped: the supply ran out over a month before
        }
        LocalDate from = EligibilityRules.later(supplyEnd.plusDays(1), day.plusDays(1));
        return from.isAfter(coveredTo) ? 0 : ChronoUnit.DAYS.between(from, coveredTo) + 1;
    }

    private static DrugFill latestOn(DrugUse u, LocalDate day) {
        DrugFill latest = null;
        for (DrugFill f : u.fills) {
            if (f.fillDate().isAfter(day)) {
                break;
            }
            latest = f;
        }
        return latest;
    }

    private static int fillsOn(DrugUse u, LocalDate day) {
        int n = 0;
        for (DrugFill f : u.fills) {
            if (f.fillDate().isAfter(day)) {
                break;
            }
            n++;
        }
        return n;
    }

    private BigDecimal annualised(BigDecimal covered) {
        BigDecimal scaled = coveredDays == daysInYear ? covered
                : covered.multiply(BigDecimal.valueOf(daysInYear)).divide(BigDecimal.valueOf(coveredDays), 10, RoundingMode.HALF_UP);
        return scaled.setScale(2, RoundingMode.HALF_UP);
    }

    private List<String> evidence(LocalDate day, BigDecimal projected) {
        List<String> out = new ArrayList<>(counted.size() + 4);
        out.add(basis == CostBasis.ALL_COVERED
                ? "basis ALL_COVERED: every covered Part D fill counts"
                : "basis CHRONIC_ONLY: only maintenance (chronic) drug fills count");
        if (coveredDays == 0 || day.isBefore(coveredFrom)) {
            out.add("no covered day of the plan year up to the as-of date: no cost yet");
            return out;
        }
        BigDecimal continuing = BigDecimal.ZERO;
        for (DrugUse u : counted) {
            StringBuilder sb = new StringBuilder(u.key).append(": ");
            EligibilityRules.appendClaims(sb, u.fills, true);
            long days = continuationDays(u, day);
            if (days > 0) {
                BigDecimal c = continuation(u, day);
                continuing = continuing.add(c);
                DrugFill latest = latestOn(u, day);
                sb.append("; continues at ").append(latest.grossCost().toPlainString()).append('/')
                        .append(latest.daysSupply()).append(" days for ").append(days).append(" more covered days: ")
                        .append(c.setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
            out.add(sb.toString());
        }
        if (!notCounted.isEmpty()) {
            StringBuilder sb = new StringBuilder("not counted (not maintenance drugs): ");
            for (int i = 0; i < notCounted.size(); i++) {
                DrugUse u = notCounted.get(i);
                sb.append(i == 0 ? "" : "; ").append(u.key).append(' ');
                EligibilityRules.appendClaims(sb, u.fills, true);
            }
            out.add(sb.toString());
        }
        BigDecimal incurred = incurred(day);
        String covered = "covered " + coveredFrom + ".." + coveredTo + " (" + coveredDays + " of " + daysInYear + " days)";
        if (!day.isBefore(coveredTo)) {
            out.add(covered + ", complete: the actual cost " + incurred.toPlainString()
                    + (coveredDays == daysInYear ? "" : " annualised x " + daysInYear + " / " + coveredDays));
        } else {
            out.add(covered + ": incurred " + incurred.toPlainString() + " + continuation "
                    + continuing.setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + (coveredDays == daysInYear ? "" : ", annualised x " + daysInYear + " / " + coveredDays)
                    + " = " + projected.toPlainString());
        }
        return out;
    }
}
