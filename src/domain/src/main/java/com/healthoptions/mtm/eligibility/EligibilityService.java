package com.healthoptions.mtm.eligibility;

import com.healthoptions.mtm.audit.PhiReadAudit;
import com.healthoptions.mtm.audit.PhiReader;
import com.healthoptions.mtm.enrollment.MtmEnrollmentRepository;
import com.healthoptions.mtm.member.MemberRepository;
import com.healthoptions.mtm.reference.NdcCode;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import com.healthoptions.mtm.reference.ReferenceCatalogStore;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Answers eligibility questions for stored members and for supplied what-if profiles. */
@ApplicationScoped
public class EligibilityService {

    private final MemberRepository members;
    private final MtmEnrollmentRepository enrollments;
    private final PlanCriteriaQueries criteria;
    private final ClinicalFactsQueries facts;
    private final ReferenceCatalogStore reference;
    private final Clock clock;
    private final Pool pool;

    public EligibilityService(MemberRepository members, MtmEnrollmentRepository enrollments,
            PlanCriteriaQueries criteria, ClinicalFactsQueries facts, ReferenceCatalogStore reference, Clock clock,
            Pool pool) {
        this.pool = pool;
        this.members = members;
        this.enrollments = enrollments;
        this.criteria = criteria;
        this.facts = facts;
        this.reference = reference;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The decision for a stored member; plan year and as-of date default to the current year and today.
     *
     * @throws UnknownMemberException when there is no such member
     * @throws NoCriteriaException when the member's plan has no criteria for the year
     */
    @WithSession
    public Uni<MemberEligibility> forMember(String memberId, Integer planYear, LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : today();
        int year = planYear != null ? planYear : day.getYear();
        return members.findById(memberId)
                .onItem().ifNull().failWith(() -> new UnknownMemberException(memberId))
                .flatMap(member -> criteriaFor(member.planId, year)
                        .flatMap(c -> reference.catalog()
                                .flatMap(catalog -> facts.profiles(List.of(memberId), year, catalog))
                                .map(profiles -> EligibilityRules.evaluate(profiles.get(memberId), c, day))))
                .flatMap(decision -> enrollments.findFor(memberId, year)
                        .map(e -> new MemberEligibility(decision, EnrollmentSummary.of(e))));
    }

    /**
     * {@link #forMember} shown to {@code reader} (HIPAA 164.312(b)): the audit row
     * ({@link PhiReadAudit#ELIGIBILITY_READ}) is written after the read and before the answer leaves, so a read
     * whose row cannot be written is not answered; an unknown member or a refused request writes none.
     */
    public Uni<MemberEligibility> forMemberShownTo(String memberId, Integer planYear, LocalDate asOf, PhiReader reader) {
        LocalDate day = asOf != null ? asOf : today();
        int year = planYear != null ? planYear : day.getYear();
        return forMember(memberId, year, day)
                .call(answer -> PhiReadAudit.record(pool, reader, PhiReadAudit.ELIGIBILITY_READ, memberId,
                        new JsonObject().put("planYear", Integer.toString(year)).put("asOf", day.toString())
                                .put("eligible", answer.decision().eligible())));
    }

    /** The decision for a supplied profile; nothing is stored. */
    public Uni<EligibilityDecision> forSuppliedProfile(SuppliedProfile supplied) {
        LocalDate day = supplied.asOf() != null ? supplied.asOf() : today();
        Set<String> productKeys = new java.util.HashSet<>();
        supplied.fills().stream().map(SuppliedProfile.Fill::ndc).filter(Objects::nonNull)
                .forEach(ndc -> productKeys.add(NdcCode.productKey(ndc)));
        return criteriaFor(supplied.planId(), supplied.planYear())
                .map(c -> c.withBases(supplied.costBasis(), supplied.drugCountBasis()))
                .flatMap(c -> reference.catalog()
                        .flatMap(catalog -> facts.directoryProducts(productKeys)
                                .map(products -> toProfile(supplied, day, catalog, products)))
                        .map(profile -> EligibilityRules.evaluate(profile, c, day)));
    }

    /** @throws NoCriteriaException when the plan or its criteria for the year do not exist */
    public Uni<PlanCriteria> criteriaFor(String planId, int planYear) {
        return criteria.find(planId, planYear).flatMap(found -> found.isPresent()
                ? Uni.createFrom().item(found.get())
                : criteria.planExists(planId).map(known -> {
                    throw new NoCriteriaException(planId, planYear, known);
                }));
    }

    private static MemberProfile toProfile(SuppliedProfile supplied, LocalDate day, ReferenceCatalog catalog,
            Map<String, ClinicalFactsQueries.DirectoryProduct> products) {
        List<DrugFill> fills = supplied.fills().stream().map(f -> {
            ClinicalFactsQueries.DirectoryProduct p = f.ndc() == null ? null : products.get(NdcCode.productKey(f.ndc()));
            return new DrugFill(f.claimId(), f.fillDate(), f.ndc(), f.drugName(), f.daysSupply(), f.quantity(),
                    f.grossCost(), f.reversed(), p == null ? catalog.resolve(Set.of(), f.drugName())
                            : catalog.resolve(p.substances(), f.drugName(), p.proprietaryName(), p.pharmClasses()));
        }).toList();
        List<DiagnosisFact> diagnoses = supplied.diagnoses().stream()
                .map(d -> new DiagnosisFact(d.code(), d.serviceDate(), catalog.conditionsForIcd10(d.code())))
                .toList();
        List<DmpPeriod> dmp = new java.util.ArrayList<>(supplied.dmpPeriods());
        if (supplied.dmpAtRisk()) {
            dmp.add(new DmpPeriod(DmpPeriod.DmpStatus.AT_RISK, day, null));
        }
        return new MemberProfile(null, fills, diagnoses, dmp, supplied.coverage());
    }
}
