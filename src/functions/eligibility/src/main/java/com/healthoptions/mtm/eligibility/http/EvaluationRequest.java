package com.healthoptions.mtm.eligibility.http;

import com.healthoptions.mtm.eligibility.Coverage;
import com.healthoptions.mtm.eligibility.DmpPeriod;
import com.healthoptions.mtm.eligibility.PlanCriteria;
import com.healthoptions.mtm.eligibility.SuppliedProfile;
import com.healthoptions.mtm.http.InvalidRequestException;
import com.healthoptions.mtm.http.RequestChecks;
import com.healthoptions.mtm.reference.NdcCode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Body of {@code POST /eligibility/evaluations}: a what-if profile. Every field arrives as JSON text
 * or number and is checked here, so each mistake is reported by name in one 400. Besides fills and
 * diagnoses: plan coverage ({@code coverageStart}, {@code coverageEnd}, {@code dateOfDeath}), DMP periods
 * ({@code dmpPeriods}, or {@code dmpAtRisk} for an open period from {@code asOf}), and the counting bases
 * to try instead of the plan's ({@code costBasis}, {@code drugCountBasis}).
 */
@RegisterForReflection
public record EvaluationRequest(String planId, Integer planYear, String asOf, Boolean dmpAtRisk,
        List<Diagnosis> diagnoses, List<Fill> fills, List<DmpPeriodRequest> dmpPeriods, String coverageStart,
        String coverageEnd, String dateOfDeath, String costBasis, String drugCountBasis) {

    static final int MAX_DMP_PERIODS = 100;

    /** One DMP status period; {@code status} defaults to AT_RISK, {@code endDate} null is open. */
    @RegisterForReflection
    public record DmpPeriodRequest(String status, String effectiveDate, String endDate) {
    }

    static final int MAX_FILLS = 5_000;
    static final int MAX_DIAGNOSES = 1_000;
    private static final Pattern ICD10 = Pattern.compile("^[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?$");

    @RegisterForReflection
    public record Diagnosis(String code, String serviceDate) {
    }

    @RegisterForReflection
    public record Fill(String claimId, String ndc, String drugName, String fillDate, Integer daysSupply,
            BigDecimal quantity, BigDecimal grossCost, Boolean reversed) {
    }

    SuppliedProfile toProfile() {
        List<String> errors = new ArrayList<>();
        if (planId == null || planId.isBlank()) {
            errors.add("planId is required");
        }
        if (planYear == null) {
            errors.add("planYear is required");
        } else {
            RequestChecks.optionalPlanYear("planYear", planYear.toString(), errors);
        }
        var day = RequestChecks.optionalDate("asOf", asOf, errors);
        var covStart = RequestChecks.optionalDate("coverageStart", coverageStart, errors);
        var covEnd = RequestChecks.optionalDate("coverageEnd", coverageEnd, errors);
        var death = RequestChecks.optionalDate("dateOfDeath", dateOfDeath, errors);
        if (covStart != null && covEnd != null && covEnd.isBefore(covStart)) {
            errors.add("coverageEnd must not be before coverageStart");
        }
        PlanCriteria.CostBasis cost = basis("costBasis", costBasis, PlanCriteria.CostBasis.class, errors);
        PlanCriteria.DrugCountBasis count = basis("drugCountBasis", drugCountBasis, PlanCriteria.DrugCountBasis.class, errors);
        List<DmpPeriod> periods = dmpPeriods(errors);
        List<Diagnosis> dxIn = diagnoses == null ? List.of() : diagnoses;
        List<Fill> fillsIn = fills == null ? List.of() : fills;
        if (dxIn.size() > MAX_DIAGNOSES) {
            errors.add("diagnoses: at most " + MAX_DIAGNOSES);
        }
        if (fillsIn.size() > MAX_FILLS) {
            errors.add("fills: at most " + MAX_FILLS);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<SuppliedProfile.Diagnosis> dx = new ArrayList<>();
        for (int i = 0; i < dxIn.size(); i++) {
            Diagnosis d = dxIn.get(i);
            String at = "diagnoses[" + i + "].";
            if (d == null) {
                errors.add("diagnoses[" + i + "] must be an object");
                continue;
            }
            if (d.code() == null || !ICD10.matcher(d.code().strip().toUpperCase(java.util.Locale.ROOT)).matches()) {
                errors.add(at + "code must be an ICD-10-CM code such as E11.9");
            }
            var served = RequestChecks.optionalDate(at + "serviceDate", d.serviceDate(), errors);
            if (d.serviceDate() == null) {
                errors.add(at + "serviceDate is required");
            }
            if (errors.isEmpty()) {
                dx.add(new SuppliedProfile.Diagnosis(d.code().strip().toUpperCase(java.util.Locale.ROOT), served));
            }
        }
        List<SuppliedProfile.Fill> out = new ArrayList<>();
        for (int i = 0; i < fillsIn.size(); i++) {
            Fill f = fillsIn.get(i);
            String at = "fills[" + i + "].";
            if (f == null) {
                errors.add("fills[" + i + "] must be an object");
                continue;
            }
            String ndc = null;
            if (f.ndc() != null && !f.ndc().isBlank()) {
                ndc = NdcCode.toElevenDigits(f.ndc()).orElse(null);
                if (ndc == null) {
                    errors.add(at + "ndc must be 11 digits, or dashed 4-4-2, 5-3-2, 5-4-1 or 5-4-2");
                }
            } else if (f.drugName() == null || f.drugName().isBlank()) {
                errors.add(at + "ndc or drugName is required");
            }
            var filled = RequestChecks.optionalDate(at + "fillDate", f.fillDate(), errors);
            if (f.fillDate() == null) {
                errors.add(at + "fillDate is required");
            }
            if (f.daysSupply() == null || f.daysSupply() < 1 || f.daysSupply() > 365) {
                errors.add(at + "daysSupply must be 1 to 365");
            }
            if (f.quantity() != null && f.quantity().signum() <= 0) {
                errors.add(at + "quantity must be positive");
            }
            if (f.grossCost() == null || f.grossCost().signum() < 0) {
                errors.add(at + "grossCost is required and must not be negative");
            } else if (f.grossCost().scale() > 2 || f.grossCost().compareTo(new BigDecimal("10000000")) >= 0) {
                errors.add(at + "grossCost must be dollars and cents below 10,000,000");
            }
            if (errors.isEmpty()) {
                out.add(new SuppliedProfile.Fill(f.claimId() == null ? "fill-" + (i + 1) : f.claimId(), ndc,
                        f.drugName(), filled, f.daysSupply(), f.quantity() == null ? BigDecimal.ONE : f.quantity(),
                        f.grossCost(), Boolean.TRUE.equals(f.reversed())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new SuppliedProfile(planId.strip(), planYear, day, Boolean.TRUE.equals(dmpAtRisk), dx, out, periods,
                new Coverage(covStart, covEnd, death), cost, count);
    }

    private static <E extends Enum<E>> E basis(String name, String value, Class<E> type, List<String> errors) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        errors.add(name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }

    private List<DmpPeriod> dmpPeriods(List<String> errors) {
        List<DmpPeriodRequest> in = dmpPeriods == null ? List.of() : dmpPeriods;
        if (in.size() > MAX_DMP_PERIODS) {
            errors.add("dmpPeriods: at most " + MAX_DMP_PERIODS);
            return List.of();
        }
        List<DmpPeriod> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            DmpPeriodRequest p = in.get(i);
            String at = "dmpPeriods[" + i + "].";
            if (p == null) {
                errors.add("dmpPeriods[" + i + "] must be an object");
                continue;
            }
            DmpPeriod.DmpStatus status = p.status() == null ? DmpPeriod.DmpStatus.AT_RISK
                    : basis(at + "status", p.status(), DmpPeriod.DmpStatus.class, errors);
            var from = RequestChecks.optionalDate(at + "effectiveDate", p.effectiveDate(), errors);
            var to = RequestChecks.optionalDate(at + "endDate", p.endDate(), errors);
            if (p.effectiveDate() == null) {
                errors.add(at + "effectiveDate is required");
            } else if (from != null && to != null && to.isBefore(from)) {
                errors.add(at + "endDate must not be before effectiveDate");
            } else if (from != null && status != null) {
                out.add(new DmpPeriod(status, from, to));
            }
        }
        return out;
    }
}
