package com.healthoptions.mtm.screening;

import com.healthoptions.mtm.eligibility.ClinicalFactsQueries;
import com.healthoptions.mtm.eligibility.MemberProfile;
import com.healthoptions.mtm.eligibility.UnknownMemberException;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import com.healthoptions.mtm.reference.ReferenceCatalogStore;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the TMR screening over stored members and stores each screening as a TMR (source {@code SCREENING},
 * dated the as-of day) with its findings and their evidence. The period is the plan year to the as-of day
 * ({@link ScreeningPeriod#yearTo}); fills and diagnoses load through {@link ClinicalFactsQueries} (the same
 * rows the eligibility rules read), plus the prescriber NPI of each claim. SQL on the reactive client, one
 * transaction per batch (the persistence rule: set-based work is SQL). A re-run on the same day replaces that
 * day's findings. A screening stores no recommendation as sent: the CMS file counts "recommendations to
prescribers", and a finding is one only once a letter carries it ({@link PrescriberReports#recordRecommendationsSent}).
 */
@ApplicationScoped
public class TmrScreeningService {

    static final String ENROLLED = """
            select e.member_id from mtm_enrollment e
            where e.plan_year = $1 and e.enrollment_date is not null and e.enrollment_date <= $2
              and (e.opt_out_date is null or e.opt_out_date > $2) and e.member_id > $3
            order by e.member_id
            limit $4""";

    static final String ENROLLED_ONE = """
            select m.member_id, exists (select 1 from mtm_enrollment e where e.member_id = m.member_id and e.plan_year = $2
                                          and e.enrollment_date is not null and e.enrollment_date <= $3
                                          and (e.opt_out_date is null or e.opt_out_date > $3))
            from member m where m.member_id = $1""";

    static final String PRESCRIBERS = """
            select c.claim_id, c.prescriber_npi from pharmacy_claim c
            where c.member_id = any($1) and c.fill_date between $2 and $3 and c.prescriber_npi is not null""";

    static final String BIRTH_DATES = "select member_id, date_of_birth from member where member_id = any($1)";

    static final String UPSERT_TMR = """
            insert into tmr (source, member_id, plan_year, tmr_date, recommendations_sent, recommendations_resolved)
            select 'SCREENING', u.member_id, $2, $3, 0, 0 from unnest($1::text[]) as u(member_id)
            on conflict (member_id, tmr_date) where source = 'SCREENING' do update
               set recommendations_sent = 0, recommendations_resolved = 0, updated_at = now()
            returning id, member_id""";

    static final String DAY_TOTALS = """
            select count(*)::int, (count(*) filter (where n.findings > 0))::int, coalesce(sum(n.findings), 0)::int
            from tmr t
            cross join lateral (select count(*) as findings from tmr_finding f where f.tmr_id = t.id) n
            where t.source = 'SCREENING' and t.tmr_date = $1""";

    static final String CLEAR_FINDINGS = "delete from tmr_finding where tmr_id = any($1)";

    static final String FINDING_IDS = "select nextval(pg_get_serial_sequence('tmr_finding', 'id')) from generate_series(1, $1)";

    static final String INSERT_FINDINGS = """
            insert into tmr_finding (id, tmr_id, ordinal, rule_id, rule_version, severity, subject, start_date, end_date,
                                     value, recommendation)
            select u.id, u.tmr_id, u.ordinal, u.rule_id, u.rule_version, u.severity, u.subject, u.start_date, u.end_date,
                   u.value::numeric, u.recommendation
            from unnest($1::bigint[], $2::bigint[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[],
                        $8::date[], $9::date[], $10::text[], $11::text[])
                 as u(id, tmr_id, ordinal, rule_id, rule_version, severity, subject, start_date, end_date, value,
                      recommendation)""";

    static final String INSERT_FILLS = """
            insert into tmr_finding_fill (finding_id, claim_id, fill_date, days_supply, drug, prescriber_npi)
            select * from unnest($1::bigint[], $2::text[], $3::date[], $4::int[], $5::text[], $6::text[])""";

    static final String INSERT_DIAGNOSES = """
            insert into tmr_finding_diagnosis (finding_id, icd10_code, service_date)
            select * from unnest($1::bigint[], $2::text[], $3::date[]) on conflict do nothing""";

    private final Pool pool;
    private final ClinicalFactsQueries facts;
    private final ReferenceCatalogStore catalogs;
    private final AtomicReference<TmrScreening> rules = new AtomicReference<>();

    public TmrScreeningService(Pool pool, ClinicalFactsQueries facts, ReferenceCatalogStore catalogs) {
        this.pool = pool;
        this.facts = facts;
        this.catalogs = catalogs;
    }

    /** One member's screening as stored: its TMR id, or null when the member was not enrolled that day (nothing stored). */
    public record StoredScreening(Long tmrId, ScreeningResult result) {
    }

    /** What a run over every enrolled member did. */
    public record ScreeningRun(LocalDate asOf, int membersScreened, int membersWithFindings, int findings, int batches) {

        ScreeningRun plus(ScreenedBatch batch) {
            return new ScreeningRun(asOf, membersScreened + batch.membersScreened(),
                    membersWithFindings + batch.membersWithFindings(), findings + batch.findings(), batches + 1);
        }
    }

    /**
     * Screens one member (on demand) as of a day. Stores the TMR when they are enrolled in MTM that day; a known
     * member who is not is screened and nothing is stored. An unknown member is an {@link UnknownMemberException}.
     */
    public Uni<StoredScreening> screenMember(String memberId, LocalDate asOf) {
        return pool.preparedQuery(ENROLLED_ONE).execute(Tuple.of(memberId, asOf.getYear(), asOf)).flatMap(rs -> {
            if (rs.size() == 0) {
                return Uni.createFrom().failure(new UnknownMemberException(memberId));
            }
            boolean enrolled = rs.iterator().next().getBoolean(1);
            return catalogs.catalog().flatMap(catalog -> screen(List.of(memberId), asOf, catalog)).flatMap(results -> {
                ScreeningResult result = results.getFirst();
                if (!enrolled) {
                    return Uni.createFrom().item(new StoredScreening(null, result));
                }
                return pool.withTransaction(c -> store(c, results, asOf))
                        .map(ids -> new StoredScreening(ids.get(memberId), result));
            });
        });
    }

    /**
     * Screens every member enrolled on {@code asOf} (plan year of that day), {@code batchSize} members at a time,
     * one batch after the other; only counts outlive a batch, so memory stays that of one batch.
     */
    public Uni<ScreeningRun> screenEnrolled(LocalDate asOf, int batchSize) {
        AtomicReference<String> after = new AtomicReference<>("");
        return Multi.createBy().repeating()
                .uni(() -> screenNextBatch(asOf, after.get(), batchSize)
                        .invoke(b -> b.ifPresent(batch -> after.set(batch.lastMemberId()))))
                .until(Optional::isEmpty)
                .map(Optional::get)
                .collect().in(() -> new AtomicReference<>(new ScreeningRun(asOf, 0, 0, 0, 0)),
                        (run, b) -> run.set(run.get().plus(b)))
                .map(AtomicReference::get);
    }

    /** One batch of a run: the members screened and stored together, and the last of them in member-id order. */
    public record ScreenedBatch(String lastMemberId, int membersScreened, int membersWithFindings, int findings) {
    }

    /**
     * Screens and stores, in one transaction, the next {@code batchSize} members enrolled on {@code asOf} whose
     * member id sorts after {@code after} ({@code ""} for the first batch); empty when no one is left. A run can
     * so stop after any batch and go on later from the last member id it stored, in another invocation.
     */
    public Uni<Optional<ScreenedBatch>> screenNextBatch(LocalDate asOf, String after, int batchSize) {
        return enrolledAfter(asOf, after, Math.max(1, batchSize)).flatMap(ids -> {
            if (ids.isEmpty()) {
                return Uni.createFrom().item(Optional.<ScreenedBatch>empty());
            }
            return catalogs.catalog().flatMap(catalog -> screen(ids, asOf, catalog))
                    .call(results -> pool.withTransaction(c -> store(c, results, asOf)))
                    .map(results -> Optional.of(new ScreenedBatch(ids.getLast(), results.size(),
                            (int) results.stream().filter(r -> !r.findings().isEmpty()).count(),
                            results.stream().mapToInt(r -> r.findings().size()).sum())));
        });
    }

    /**
     * What is stored for a day's screening, counted from the stored TMRs, so a run that went over several
     * invocations (or was cut off and started again) reports each member once.
     */
    public Uni<ScreeningRun> storedRun(LocalDate asOf) {
        return pool.preparedQuery(DAY_TOTALS).execute(Tuple.of(asOf)).map(rs -> {
            Row r = rs.iterator().next();
            return new ScreeningRun(asOf, r.getInteger(0), r.getInteger(1), r.getInteger(2), 0);
        });
    }

    private Uni<List<String>> enrolledAfter(LocalDate asOf, String after, int batchSize) {
        return pool.preparedQuery(ENROLLED).execute(Tuple.of(asOf.getYear(), asOf, after, batchSize)).map(rs -> {
            List<String> ids = new ArrayList<>(rs.size());
            rs.forEach(r -> ids.add(r.getString(0)));
            return ids;
        });
    }

    /** Loads and screens members, pure after the reads. */
    Uni<List<ScreeningResult>> screen(List<String> memberIds, LocalDate asOf, ReferenceCatalog catalog) {
        ScreeningPeriod period = ScreeningPeriod.yearTo(asOf);
        String[] ids = memberIds.toArray(String[]::new);
        Uni<Map<String, MemberProfile>> profiles = facts.profiles(memberIds, asOf.getYear(), catalog);
        Uni<Map<String, String>> prescribers = pool.preparedQuery(PRESCRIBERS)
                .execute(Tuple.of(ids, period.start(), period.end())).map(rs -> {
                    Map<String, String> byClaim = new HashMap<>();
                    rs.forEach(r -> byClaim.put(r.getString(0), r.getString(1)));
                    return byClaim;
                });
        Uni<Map<String, LocalDate>> births = pool.preparedQuery(BIRTH_DATES).execute(Tuple.of((Object) ids)).map(rs -> {
            Map<String, LocalDate> byMember = new HashMap<>();
            rs.forEach(r -> byMember.put(r.getString(0), r.getLocalDate(1)));
            return byMember;
        });
        TmrScreening screening = rules(catalog);
        return Uni.combine().all().unis(profiles, prescribers, births).asTuple().map(t -> {
            List<ScreeningResult> out = new ArrayList<>(memberIds.size());
            for (String id : memberIds) {
                MemberProfile p = t.getItem1().get(id);
                List<MedicationFill> fills = p.fills().stream()
                        .map(f -> new MedicationFill(f, t.getItem2().get(f.claimId()))).toList();
                out.add(screening.screen(new ScreeningProfile(id, t.getItem3().get(id), fills, p.diagnoses()), period));
            }
            return out;
        });
    }

    private TmrScreening rules(ReferenceCatalog catalog) {
        TmrScreening current = rules.get();
        if (current == null) {
            current = TmrScreening.withShippedTables(catalog);
            rules.set(current);
        }
        return current;
    }

    /** Upserts the TMRs of a batch and replaces their findings; the TMR id of each member. */
    private Uni<Map<String, Long>> store(SqlConnection c, List<ScreeningResult> results, LocalDate asOf) {
        String[] members = results.stream().map(ScreeningResult::memberId).toArray(String[]::new);
        return c.preparedQuery(UPSERT_TMR).execute(Tuple.of(members, asOf.getYear(), asOf)).flatMap(rs -> {
            Map<String, Long> tmrIds = new LinkedHashMap<>();
            for (Row r : rs) {
                tmrIds.put(r.getString(1), r.getLong(0));
            }
            int findingCount = results.stream().mapToInt(r -> r.findings().size()).sum();
            Uni<Void> cleared = c.preparedQuery(CLEAR_FINDINGS).execute(Tuple.of((Object) tmrIds.values().toArray(Long[]::new)))
                    .replaceWithVoid();
            if (findingCount == 0) {
                return cleared.replaceWith(tmrIds);
            }
            return cleared.chain(() -> c.preparedQuery(FINDING_IDS).execute(Tuple.of(findingCount)))
                    .flatMap(idRows -> {
                        List<Long> findingIds = new ArrayList<>(findingCount);
                        idRows.forEach(r -> findingIds.add(r.getLong(0)));
                        return insertFindings(c, results, tmrIds, findingIds);
                    })
                    .replaceWith(tmrIds);
        });
    }

    private Uni<Void> insertFindings(SqlConnection c, List<ScreeningResult> results, Map<String, Long> tmrIds,
            List<Long> findingIds) {
        int n = findingIds.size();
        Long[] id = findingIds.toArray(Long[]::new);
        Long[] tmr = new Long[n];
        Integer[] ordinal = new Integer[n];
        String[] rule = new String[n];
        String[] version = new String[n];
        String[] severity = new String[n];
        String[] subject = new String[n];
        LocalDate[] start = new LocalDate[n];
        LocalDate[] end = new LocalDate[n];
        String[] value = new String[n];
        String[] recommendation = new String[n];
        List<Long> fillFinding = new ArrayList<>();
        List<String> fillClaim = new ArrayList<>();
        List<LocalDate> fillDate = new ArrayList<>();
        List<Integer> fillDays = new ArrayList<>();
        List<String> fillDrug = new ArrayList<>();
        List<String> fillNpi = new ArrayList<>();
        List<Long> dxFinding = new ArrayList<>();
        List<String> dxCode = new ArrayList<>();
        List<LocalDate> dxDate = new ArrayList<>();
        int i = 0;
        for (ScreeningResult r : results) {
            int k = 0;
            for (Finding f : r.findings()) {
                tmr[i] = tmrIds.get(r.memberId());
                ordinal[i] = ++k;
                rule[i] = f.ruleId();
                version[i] = f.ruleVersion();
                severity[i] = f.severity().name();
                subject[i] = f.subject();
                start[i] = f.startDate();
                end[i] = f.endDate();
                value[i] = f.value() == null ? null : f.value().toPlainString();
                recommendation[i] = f.recommendation();
                Set<String> claims = new LinkedHashSet<>();
                for (Finding.FindingFill fill : f.fills()) {
                    if (claims.add(fill.claimId())) {
                        fillFinding.add(id[i]);
                        fillClaim.add(fill.claimId());
                        fillDate.add(fill.fillDate());
                        fillDays.add(fill.daysSupply());
                        fillDrug.add(fill.drug());
                        fillNpi.add(fill.prescriberNpi());
                    }
                }
                for (Finding.FindingDiagnosis dx : f.diagnoses()) {
                    dxFinding.add(id[i]);
                    dxCode.add(dx.icd10Code());
                    dxDate.add(dx.serviceDate());
                }
                i++;
            }
        }
        Uni<RowSet<Row>> findings = c.preparedQuery(INSERT_FINDINGS).execute(Tuple.tuple(List.<Object>of(id, tmr, ordinal, rule, version,
                severity, subject, start, end, value, recommendation)));
        return findings
                .chain(() -> c.preparedQuery(INSERT_FILLS).execute(Tuple.tuple(List.<Object>of(fillFinding.toArray(Long[]::new),
                        fillClaim.toArray(String[]::new), fillDate.toArray(LocalDate[]::new),
                        fillDays.toArray(Integer[]::new), fillDrug.toArray(String[]::new), fillNpi.toArray(String[]::new)))))
                .chain(() -> dxFinding.isEmpty() ? Uni.createFrom().voidItem()
                        : c.preparedQuery(INSERT_DIAGNOSES).execute(Tuple.of(dxFinding.toArray(Long[]::new),
                                dxCode.toArray(String[]::new), dxDate.toArray(LocalDate[]::new))).replaceWithVoid())
                .replaceWithVoid();
    }

}
