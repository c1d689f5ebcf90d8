package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.eligibility.ClinicalFactsQueries;
import com.healthoptions.mtm.eligibility.EligibilityDecision;
import com.healthoptions.mtm.eligibility.EligibilityDetermination;
import com.healthoptions.mtm.eligibility.EligibilityRules;
import com.healthoptions.mtm.eligibility.MemberProfile;
import com.healthoptions.mtm.eligibility.PlanCriteria;
import com.healthoptions.mtm.eligibility.PlanCriteriaQueries;
import com.healthoptions.mtm.enrollment.AutoEnrollment;
import com.healthoptions.mtm.enrollment.PlanExit;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Re-evaluates the (plan year, member) pairs a file touched, in batches: each batch's decisions,
 * enrollments, audit rows and the checkpoint commit together, so a resumed pass neither repeats nor
 * skips a member.
 *
 * <p>A past plan year is decided as of its 31 December and never enrolls (the year is over); the
 * current plan year is decided as of today and enrolls opt-out style ({@link AutoEnrollment}): a member
 * with no row for the year, or a row with neither enrollment nor opt-out, is enrolled with the day they
 * first met the criteria; an opted-out or enrolled member is left alone (the guarded upsert decides under
 * the row lock, so a concurrent opt-out always wins). A death or end of coverage the roster shows is
 * recorded first as an opt-out ({@link PlanExit}), in the same transaction.
 */
final class ReEvaluation {

    static final String ACTOR = "claims-intake";

    private static final String NEXT_BATCH = """
            select t.plan_year, t.member_id, m.plan_id
            from intake_touched t join member m on m.member_id = t.member_id
            where t.file_id = $1 and (t.file_id, t.plan_year, t.member_id) > ($1, $2, $3)
            order by t.plan_year, t.member_id limit $4""";

    private static final String INSERT_DECISIONS = """
            insert into eligibility_determination (member_id, plan_id, plan_year, as_of, determined_at, eligible,
                reason_targeted, chronic_drug_count, chronic_condition_count, projected_annual_cost, dmp_at_risk,
                inputs_summary, triggered_by, date_met_criteria)
            select m, p, y, a, now(), e, r, dc, cc, cost::numeric, dmp, s::jsonb, $12, dm
            from unnest($1::text[], $2::text[], $3::int[], $4::date[], $5::bool[], $6::text[], $7::int[], $8::int[],
                        $9::text[], $10::bool[], $11::text[], $13::date[]) as t(m, p, y, a, e, r, dc, cc, cost, dmp, s, dm)""";

    private static final String ENROLL = """
            with candidate as (
                select * from unnest($1::text[], $2::text[], $7::date[]) as t(member_id, reason_targeted, date_met)
            ), enrolled as (
                insert into mtm_enrollment as e (member_id, plan_year, enrollment_date, date_met_criteria,
                                                 reason_targeted, updated_at)
                select c.member_id, $3::int, $4::date, c.date_met, c.reason_targeted, now() from candidate c
                on conflict (member_id, plan_year) do update set enrollment_date = excluded.enrollment_date,
                    date_met_criteria = excluded.date_met_criteria, reason_targeted = excluded.reason_targeted,
                    updated_at = now()
                where e.enrollment_date is null and e.opt_out_date is null
                returning e.member_id, e.reason_targeted
            ), audited as (
                insert into audit_event (actor, action, member_id, outcome, details, correlation_id)
                select 'claims-intake', 'MTM_ENROLLED', member_id, 'ENROLLED',
                       jsonb_build_object('planYear', $3::int::text, 'reasonTargeted', reason_targeted,
                                          'fileId', $5::bigint::text), $6::text
                from enrolled
            ), listed as (
                insert into intake_enrollee (file_id, member_id, plan_year)
                select $5::bigint, member_id, $3::int from enrolled on conflict do nothing
            )
            select count(*) from enrolled""";

    private final Pool pool;
    private final PlanCriteriaQueries criteriaQueries;
    private final ClinicalFactsQueries facts;
    private final ReferenceCatalog catalog;
    private final LocalDate today;
    private final int batchSize;
    private final Map<String, Optional<PlanCriteria>> criteria = new ConcurrentHashMap<>();

    ReEvaluation(Pool pool, PlanCriteriaQueries criteriaQueries, ClinicalFactsQueries facts, ReferenceCatalog catalog,
            LocalDate today, int batchSize) {
        this.pool = pool;
        this.criteriaQueries = criteriaQueries;
        this.facts = facts;
        this.catalog = catalog;
        this.today = today;
        this.batchSize = batchSize;
    }

    /** One batch of touched pairs with everything the rules need, fetched ahead of its evaluation. */
    private record Batch(List<Row> pairs, List<Group> groups) {
    }

    private record Group(int year, PlanCriteria criteria, List<String> memberIds, Map<String, MemberProfile> profiles) {
    }

    /**
     * True when every touched pair is decided; false when it stopped at {@code yieldAt}. The (cheap)
     * pair lists are read in order; the profiles of the next {@link #READ_AHEAD} batches are read in
     * parallel while the current batch is evaluated and stored, in order.
     */
    boolean run(IntakeFile file, String correlationId, Instant yieldAt) {
        String triggeredBy = "claims-intake file " + file.fileId();
        ExecutorService readers = Executors.newFixedThreadPool(READ_AHEAD, r -> {
            Thread t = new Thread(r, "intake-evaluation-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            Key after = new Key(file.evalAfterYear() == null ? 0 : file.evalAfterYear(),
                    file.evalAfterMember() == null ? "" : file.evalAfterMember());
            Deque<CompletableFuture<Batch>> ahead = new ArrayDeque<>();
            boolean exhausted = false;
            while (true) {
                while (!exhausted && ahead.size() < READ_AHEAD) {
                    List<Row> pairs = pairsAfter(file.fileId(), after);
                    if (pairs.isEmpty()) {
                        exhausted = true;
                    } else {
                        Row last = pairs.getLast();
                        after = new Key(last.getInteger(0), last.getString(1));
                        ahead.add(CompletableFuture.supplyAsync(() -> profiles(pairs), readers));
                    }
                }
                if (ahead.isEmpty()) {
                    return true;
                }
                Batch batch = ahead.poll().join();
                // The rules are pure functions of immutable inputs: members are decided on every core.
                List<Map.Entry<Group, String>> members = new ArrayList<>(batch.pairs().size());
                for (Group g : batch.groups()) {
                    g.memberIds().forEach(id -> members.add(Map.entry(g, id)));
                }
                List<EligibilityDecision> decisions = members.parallelStream().map(m -> {
                    Group g = m.getKey();
                    LocalDate asOf = g.year() < today.getYear() ? LocalDate.of(g.year(), 12, 31) : today;
                    return EligibilityRules.evaluate(g.profiles().get(m.getValue()), g.criteria(), asOf);
                }).toList();
                Row last = batch.pairs().getLast();
                store(file.fileId(), decisions, last.getInteger(0), last.getString(1), triggeredBy, correlationId);
                if (Instant.now().isAfter(yieldAt)) {
                    ahead.forEach(f -> f.cancel(false));
                    return false;
                }
            }
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            readers.shutdownNow();
        }
    }

    /** How many batches' profiles are read while one is evaluated (each read uses pooled connections). */
    static final int READ_AHEAD = 2;

    private record Key(int year, String memberId) {
    }

    private List<Row> pairsAfter(long fileId, Key after) {
        List<Row> pairs = new ArrayList<>();
        pool.preparedQuery(NEXT_BATCH).execute(Tuple.of(fileId, after.year(), after.memberId(), batchSize))
                .await().indefinitely().forEach(pairs::add);
        return pairs;
    }

    private Batch profiles(List<Row> pairs) {
        // Group by plan year and plan: one criteria set and one profile query per group.
        Map<String, List<String>> byYearAndPlan = new LinkedHashMap<>();
        for (Row r : pairs) {
            byYearAndPlan.computeIfAbsent(r.getInteger(0) + "|" + r.getString(2), k -> new ArrayList<>()).add(r.getString(1));
        }
        List<Group> groups = new ArrayList<>();
        for (var entry : byYearAndPlan.entrySet()) {
            String[] yearAndPlan = entry.getKey().split("\\|", 2);
            int year = Integer.parseInt(yearAndPlan[0]);
            Optional<PlanCriteria> c = criteria.computeIfAbsent(entry.getKey(),
                    k -> criteriaQueries.find(yearAndPlan[1], year).await().indefinitely());
            if (c.isEmpty()) {
                continue; // no criteria for that plan and year: nothing to decide (the report says so)
            }
            groups.add(new Group(year, c.get(), entry.getValue(),
                    facts.profiles(entry.getValue(), year, catalog).await().indefinitely()));
        }
        return new Batch(pairs, groups);
    }

    private void store(long fileId, List<EligibilityDecision> decisions, int afterYear, String afterMember,
            String triggeredBy, String correlationId) {
        int n = decisions.size();
        String[] member = new String[n];
        String[] plan = new String[n];
        Integer[] year = new Integer[n];
        LocalDate[] asOf = new LocalDate[n];
        Boolean[] eligible = new Boolean[n];
        String[] reason = new String[n];
        Integer[] drugCount = new Integer[n];
        Integer[] conditionCount = new Integer[n];
        String[] cost = new String[n];
        Boolean[] dmp = new Boolean[n];
        String[] summary = new String[n];
        LocalDate[] dateMet = new LocalDate[n];
        List<String> enrollIds = new ArrayList<>();
        List<String> enrollReasons = new ArrayList<>();
        List<LocalDate> enrollDatesMet = new ArrayList<>();
        // Deaths and ends of coverage (one per member, whichever plan years the batch decided).
        Map<String, PlanExit> exits = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        List<EligibilityDetermination> rows = decisions.parallelStream()
                .map(decision -> EligibilityDetermination.of(decision, triggeredBy)).toList();
        List<String> summaries = rows.parallelStream()
                .map(d -> new JsonObject(new LinkedHashMap<>(d.inputsSummary)).encode()).toList();
        for (int i = 0; i < n; i++) {
            EligibilityDetermination d = rows.get(i);
            member[i] = d.memberId;
            plan[i] = d.planId;
            year[i] = d.planYear;
            asOf[i] = d.asOf;
            eligible[i] = d.eligible;
            reason[i] = d.reasonTargeted;
            drugCount[i] = d.chronicDrugCount;
            conditionCount[i] = d.chronicConditionCount;
            cost[i] = d.projectedAnnualCost.toPlainString();
            dmp[i] = d.dmpAtRisk;
            summary[i] = summaries.get(i);
            dateMet[i] = d.dateMetCriteria;
            years.add(d.planYear);
            EligibilityDecision decision = decisions.get(i);
            if (AutoEnrollment.mayEnroll(decision, today)) {
                enrollIds.add(d.memberId);
                enrollReasons.add(d.reasonTargeted);
                enrollDatesMet.add(d.dateMetCriteria);
            }
            PlanExit.of(decision.coverage(), today).ifPresent(exit -> exits.putIfAbsent(d.memberId, exit));
        }
        try (Tx tx = Tx.begin(pool)) {
            if (n > 0) {
                tx.execute(INSERT_DECISIONS, Tuple.tuple(List.<Object>of(member, plan, year, asOf, eligible, reason,
                        drugCount, conditionCount, cost, dmp, summary, triggeredBy, dateMet)));
            }
            if (!exits.isEmpty()) {
                tx.execute(PlanExit.RECORD, Tuple.tuple(List.<Object>of(exits.keySet().toArray(String[]::new),
                        exits.values().stream().map(PlanExit::planYear).toArray(Integer[]::new),
                        exits.values().stream().map(PlanExit::effectiveDate).toArray(LocalDate[]::new),
                        exits.values().stream().map(e -> e.reason().code()).toArray(String[]::new),
                        PlanExit.ACTOR, correlationId == null ? "" : correlationId)));
            }
            long enrolled = 0;
            if (!enrollIds.isEmpty()) {
                enrolled = tx.execute(ENROLL, Tuple.tuple(List.<Object>of(enrollIds.toArray(String[]::new),
                        enrollReasons.toArray(String[]::new), today.getYear(), today, fileId,
                        correlationId == null ? "" : correlationId, enrollDatesMet.toArray(LocalDate[]::new))))
                        .iterator().next().getLong(0);
            }
            tx.execute("""
                    update intake_file set eval_after_year = $2, eval_after_member = $3,
                        members_evaluated = members_evaluated + $4, newly_enrolled = newly_enrolled + $5,
                        plan_years = array(select distinct y from unnest(plan_years || $6::int[]) y order by y)
                    where file_id = $1""", Tuple.tuple(List.<Object>of(fileId, afterYear, afterMember, (long) n, enrolled,
                    years.toArray(Integer[]::new))));
            tx.commit();
        }
    }
}
