package com.healthoptions.mtm.eligibility;

import com.healthoptions.mtm.eligibility.CriterionResult.Criterion;
import com.healthoptions.mtm.eligibility.EligibilityRules.DrugUse;
import com.healthoptions.mtm.eligibility.PlanCriteria.CostBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
 *
 * <p>The reported figure is exact (BigDecimal, half-up to the cent). Finding the first day the threshold
 * was reached walks the fill days in double precision and confirms the day found exactly.
 */
final class CostProjection {

    /** A refill this many days late still counts as continuing therapy. */
    static final int REFILL_GRACE_DAYS = 30;

    private final CostBasis basis;
    private final List<DrugUse> counted;
    private final List<DrugUse> notCounted;
    /** Counted fills in date order with the running cost, for any as-of day. */
    private final List<DrugFill> countedFills;
    private final BigDecimal[] incurredThrough;
    /** The running cost in double precision, filled on the first search (most members never need one). */
    private double[] approximatelyThrough;
    private final LocalDate coveredFrom;
    private final LocalDate coveredTo;
    private final long coveredToDay;
    private final long daysInYear;
    private final long coveredDays;

    private CostProjection(CostBasis basis, List<DrugUse> counted, List<DrugUse> notCounted, List<DrugFill> countedFills,
            LocalDate yearStart, LocalDate yearEnd, LocalDate coveredFrom, LocalDate coveredTo) {
        this.basis = basis;
        this.counted = counted;
        this.notCounted = notCounted;
        this.countedFills = countedFills;
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
        this.coveredToDay = coveredTo.toEpochDay();
        this.daysInYear = yearEnd.toEpochDay() - yearStart.toEpochDay() + 1;
        this.coveredDays = Math.max(0, coveredToDay - coveredFrom.toEpochDay() + 1);
        this.incurredThrough = new BigDecimal[countedFills.size()];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < countedFills.size(); i++) {
            sum = sum.add(countedFills.get(i).grossCost());
            incurredThrough[i] = sum;
        }
    }

    /** {@code fills} in date order, each belonging to one of {@code uses}. */
    static CostProjection of(Collection<DrugUse> uses, List<DrugFill> fills, CostBasis basis, LocalDate yearStart,
            LocalDate yearEnd, LocalDate coveredFrom, LocalDate coveredTo) {
        List<DrugUse> counted = new ArrayList<>(uses.size());
        List<DrugUse> notCounted = new ArrayList<>(2);
        for (DrugUse u : uses) {
            (counts(basis, u) ? counted : notCounted).add(u);
        }
        List<DrugFill> countedFills = notCounted.isEmpty() ? fills : new ArrayList<>(fills.size());
        if (!notCounted.isEmpty()) {
            for (DrugFill f : fills) {
                if (basis == CostBasis.ALL_COVERED || f.drug().maintenance()) {
                    countedFills.add(f);
                }
            }
        }
        return new CostProjection(basis, counted, notCounted, countedFills, yearStart, yearEnd, coveredFrom, coveredTo);
    }

    private static boolean counts(CostBasis basis, DrugUse u) {
        return basis == CostBasis.ALL_COVERED || u.maintenance;
    }

    CriterionResult criterion(BigDecimal threshold, LocalDate windowEnd) {
        BigDecimal projected = projectedOn(windowEnd);
        boolean met = projected.compareTo(threshold) >= 0;
        return new CriterionResult(Criterion.ANNUAL_COST, threshold, projected, met, basis.name(),
                met ? firstMetOn(threshold, coveredFrom, windowEnd) : null, evidence(windowEnd, projected));
    }

    /** The projection as of a day, exact and rounded half-up to the cent; zero before any covered day. */
    BigDecimal projectedOn(LocalDate day) {
        if (coveredDays == 0 || day.isBefore(coveredFrom)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long d = day.toEpochDay();
        BigDecimal total = incurred(day);
        for (DrugUse u : counted) {
            int latest = latestOn(u, d);
            long days = continuationDays(u, latest, d);
            if (days > 0) {
                DrugFill f = u.fills.get(latest);
                total = total.add(f.grossCost().multiply(BigDecimal.valueOf(days))
                        .divide(BigDecimal.valueOf(f.daysSupply()), 10, RoundingMode.HALF_UP));
            }
        }
        BigDecimal scaled = coveredDays == daysInYear ? total
                : total.multiply(BigDecimal.valueOf(daysInYear)).divide(BigDecimal.valueOf(coveredDays), 10, RoundingMode.HALF_UP);
        return scaled.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The first day from {@code from} to {@code to} on which the projection reached the threshold: {@code from}
     * or a counted fill's day (between fills the projection only falls). {@code to} when not found before it.
     */
    LocalDate firstMetOn(BigDecimal threshold, LocalDate from, LocalDate to) {
        if (approximatelyThrough == null) {
            approximatelyThrough = new double[incurredThrough.length];
            for (int i = 0; i < incurredThrough.length; i++) {
                approximatelyThrough[i] = incurredThrough[i].doubleValue();
            }
        }
        double target = threshold.doubleValue() - 0.01; // candidates in double, confirmed exactly
        long fromDay = Math.max(from.toEpochDay(), coveredFrom.toEpochDay());
        long toDay = to.toEpochDay();
        // One pass: candidate days only increase, so every pointer only moves forward.
        int[] latest = new int[counted.size()];
        java.util.Arrays.fill(latest, -1);
        int lastFill = -1;
        long candidate = fromDay;
        while (candidate <= toDay) {
            while (lastFill + 1 < countedFills.size() && countedFills.get(lastFill + 1).fillDate().toEpochDay() <= candidate) {
                lastFill++;
            }
            double total = lastFill < 0 ? 0 : approximatelyThrough[lastFill];
            for (int u = 0; u < latest.length; u++) {
                DrugUse use = counted.get(u);
                while (latest[u] + 1 < use.fills.size() && use.fills.get(latest[u] + 1).fillDate().toEpochDay() <= candidate) {
                    latest[u]++;
                }
                long days = continuationDays(use, latest[u], candidate);
                if (days > 0) {
                    DrugFill f = use.fills.get(latest[u]);
                    total += f.grossCost().doubleValue() * days / f.daysSupply();
                }
            }
            double approximately = coveredDays == daysInYear ? total : total * daysInYear / coveredDays;
            LocalDate day = LocalDate.ofEpochDay(candidate);
            if (approximately >= target && projectedOn(day).compareTo(threshold) >= 0) {
                return day;
            }
            if (lastFill + 1 >= countedFills.size()) {
                break;
            }
            candidate = countedFills.get(lastFill + 1).fillDate().toEpochDay();
        }
        return to;
    }

    private BigDecimal incurred(LocalDate day) {
        int last = lastFillOn(day);
        return last < 0 ? BigDecimal.ZERO : incurredThrough[last];
    }

    /** Index of the last counted fill on or before the day, -1 when none. */
    private int lastFillOn(LocalDate day) {
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
        return last;
    }

    /** Index of the drug's latest fill on or before the day, -1 when none. */
    private static int latestOn(DrugUse u, long day) {
        int latest = -1;
        for (int i = 0; i < u.fills.size() && u.fills.get(i).fillDate().toEpochDay() <= day; i++) {
            latest = i;
        }
        return latest;
    }

    /** Covered days the drug's therapy continues after its current supply (or the day), 0 when it does not. */
    private long continuationDays(DrugUse u, int latest, long day) {
        if (latest < 0 || !(u.maintenance || latest >= 1)) {
            return 0; // a one-off course of a non-maintenance drug does not repeat
        }
        DrugFill f = u.fills.get(latest);
        long supplyEnd = f.fillDate().toEpochDay() + f.daysSupply() - 1;
        if (supplyEnd < day - REFILL_GRACE_DAYS) {
            return 0; // stopped: the supply ran out over a month before
        }
        long from = Math.max(supplyEnd + 1, day + 1);
        return from > coveredToDay ? 0 : coveredToDay - from + 1;
    }

    private List<String> evidence(LocalDate day, BigDecimal projected) {
        List<String> out = new ArrayList<>(counted.size() + 3);
        out.add(basis == CostBasis.ALL_COVERED
                ? "basis ALL_COVERED: every covered Part D fill counts"
                : "basis CHRONIC_ONLY: only maintenance (chronic) drug fills count");
        if (coveredDays == 0 || day.isBefore(coveredFrom)) {
            out.add("no covered day of the plan year up to the as-of date: no cost yet");
            return out;
        }
        long d = day.toEpochDay();
        BigDecimal continuing = BigDecimal.ZERO;
        for (DrugUse u : counted) {
            StringBuilder sb = new StringBuilder(u.key).append(": ");
            appendFills(sb, u);
            int latest = latestOn(u, d);
            long days = continuationDays(u, latest, d);
            if (days > 0) {
                DrugFill f = u.fills.get(latest);
                BigDecimal c = f.grossCost().multiply(BigDecimal.valueOf(days))
                        .divide(BigDecimal.valueOf(f.daysSupply()), 10, RoundingMode.HALF_UP);
                continuing = continuing.add(c);
                sb.append("; continues at ").append(f.grossCost().toPlainString()).append(" per ")
                        .append(f.daysSupply()).append(" days for ").append(days).append(" covered days: ")
                        .append(c.setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
            out.add(sb.toString());
        }
        if (!notCounted.isEmpty()) {
            StringBuilder sb = new StringBuilder("not counted (not maintenance drugs): ");
            for (int i = 0; i < notCounted.size(); i++) {
                sb.append(i == 0 ? "" : "; ").append(notCounted.get(i).key).append(' ');
                appendFills(sb, notCounted.get(i));
            }
            out.add(sb.toString());
        }
        String covered = "covered " + coveredFrom + ".." + coveredTo + " (" + coveredDays + " of " + daysInYear + " days)";
        String scaling = coveredDays == daysInYear ? "" : " annualised x " + daysInYear + " / " + coveredDays;
        out.add(d >= coveredToDay
                ? covered + ", complete: actual cost " + incurred(day).toPlainString() + scaling + " = " + projected.toPlainString()
                : covered + ": incurred " + incurred(day).toPlainString() + " + continuation "
                        + continuing.setScale(2, RoundingMode.HALF_UP).toPlainString()
                        + scaling + " = " + projected.toPlainString());
        return out;
    }

    /** "45.00 in 1 fill (claim C1)": the fills that counted, by claim id. */
    private static void appendFills(StringBuilder sb, DrugUse u) {
        BigDecimal sum = BigDecimal.ZERO;
        for (DrugFill f : u.fills) {
            sum = sum.add(f.grossCost());
        }
        sb.append(sum.toPlainString()).append(" in ").append(u.fills.size()).append(u.fills.size() == 1 ? " fill (claim " : " fills (claims ");
        for (int i = 0; i < u.fills.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(u.fills.get(i).claimId());
        }
        sb.append(')');
    }
}
