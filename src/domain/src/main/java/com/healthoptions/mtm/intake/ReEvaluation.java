package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.db.Tx;
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
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
 * <p>Memory is bounded by configuration, not by the file: batches are cut by the fills they hold
 * ({@code fillBudget} across every batch in memory at once, and at most {@code batchSize} members), so
 * 300 or 3,000 fills per member cost no more heap than 10. A member whose fills alone exceed a batch's
 * share is not loaded: the database folds its fills per drug ({@link ClinicalFactsQueries#foldedProfiles}),
 * which decides the same and lists at most {@code fillsPerDrugListed} claims per drug as evidence.
 *
 * <p>A past plan year is decided as of its 31 December and never enrolls (the year is over); the
 * current plan year is decided as of today and enrolls opt-out style ({@link AutoEnrollment}): a member
 * with no row for the year, or a row with neither enrollment nor opt-out, is enrolled with the day they
 * first met the criteria; an opted-out or enrolled member is left alone (the guarded upsert decides under
 * the row lock, so a concurrent opt-out always wins). A death or end of coverage the roster shows is
 * recorded first as an opt-out ({@link PlanExit}), in the same transaction.
 */
final class ReEvaluation {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ReEvaluation.class);

    static final String ACTOR = "claims-intake";

    /**
     * Each touched pair's fills in its plan year, counted once per file before the first batch (so that
     * batches can be cut by rows; a count that moves later by a concurrent file only shifts a cut).
     */
    private static final String WEIGH = """
            update intake_touched t set fills = (
                select count(*) from pharmacy_claim c
                where c.member_id = t.member_id
                  and c.fill_date between make_date(t.plan_year, 1, 1) and make_date(t.plan_year, 12, 31))
            where t.file_id = $1""";

    /**
     * The next pairs in keyset order, as many as fit the batch's fill budget ($5; a member counts at most
     * the whole budget, and the first pair always comes), at most $4 members.
     */
    private static final String NEXT_BATCH = """
            select plan_year, member_id, plan_id, fills from (
                select t.plan_year, t.member_id, m.plan_id, coalesce(t.fills, 0) as fills,
                       sum(least(coalesce(t.fills, 0), $5)) over (order by t.plan_year, t.member_id) as upto,
                       row_number() over (order by t.plan_year, t.member_id) as n
                from (select plan_year, member_id, fills from intake_touched
                      where file_id = $1 and (file_id, plan_year, member_id) > ($1, $2, $3)
                      order by file_id, plan_year, member_id limit $4) t
                join member m on m.member_id = t.member_id
            ) x
            where n = 1 or upto <= $5
            order by plan_year, member_id""";

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

    /** How many batches' profiles are read while one is evaluated (each read uses pooled connections). */
    static final int READ_AHEAD = 2;

    private final Pool pool;
    private final PlanCriteriaQueries criteriaQueries;
    private final ClinicalFactsQueries facts;
    private final ReferenceCatalog catalog;
    private final LocalDate today;
    private final int batchSize;
    private final long batchFills;
    private final int fillsPerDrugListed;
    private final Map<String, Optional<PlanCriteria>> criteria = new ConcurrentHashMap<>();

    /**
     * @param fillBudget fills held in memory at most, across the batch being decided and those read ahead
     * @param fillsPerDrugListed claims listed per drug for a member whose fills are folded
     */
    ReEvaluation(Pool pool, PlanCriteriaQueries criteriaQueries, ClinicalFactsQueries facts, ReferenceCatalog catalog,
            LocalDate today, int batchSize, long fillBudget, int fillsPerDrugListed) {
        this.pool = pool;
        this.criteriaQueries = criteriaQueries;
        this.facts = facts;
        this.catalog = catalog;
        this.today = today;
        this.batchSize = batchSize;
        this.batchFills = Math.max(1, fillBudget / (READ_AHEAD + 1));
        this.fillsPerDrugListed = fillsPerDrugListed;
    }

    /** One batch of touched pairs with everything the rules need, fetched ahead of its evaluation. */
    private record Batch(List<Pair> pairs, List<Group> groups) {
    }

    private record Pair(int year, String memberId, String planId, long fills) {
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
        weigh(file);
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
                    List<Pair> pairs = pairsAfter(file.fileId(), after);
                    if (pairs.isEmpty()) {
                        exhausted = true;
                    } else {
                        Pair last = pairs.getLast();
                        after = new Key(last.year(), last.memberId());
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
                List<EligibilityDecision> decisions = members.parallelStream()
                        .map(m -> decide(m.getKey().profiles().get(m.getValue()), m.getKey().criteria(), asOf(m.getKey().year())))
                        .toList();
                Pair last = batch.pairs().getLast();
                store(file, decisions, last.year(), last.memberId(), triggeredBy, correlationId);
                if (Instant.now().isAfter(yieldAt)) {
                    ahead.forEach(f -> f.cancel(false));
                    return false;
                }
            }
        } catch (CompletionException e) {
            // The reader's own failure (an OutOfMemoryError included), so the file's failure names it.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            readers.shutdownNow();
        }
    }

    /** The one call into the eligibility rules: every intake decision goes through here. */
    private static EligibilityDecision decide(MemberProfile profile, PlanCriteria criteria, LocalDate asOf) {
        return EligibilityRules.evaluate(profile, criteria, asOf);
    }

    /** A past plan year is decided as of its last day; the current one as of today. */
    private LocalDate asOf(int year) {
        return year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
    }

    private void weigh(IntakeFile file) {
        if (pool.preparedQuery("select touched_weighed from intake_file where file_id = $1").execute(Tuple.of(file.fileId()))
                .await().indefinitely().iterator().next().getBoolean(0)) {
            return;
        }
        long started = System.nanoTime();
        try (Tx tx = Tx.begin(pool)) {
            long pairs = tx.execute(WEIGH, Tuple.of(file.fileId())).rowCount();
            IntakeFiles.fenced(tx.execute("update intake_file set touched_weighed = true where file_id = $1 and lease_owner = $2",
                    Tuple.of(file.fileId(), file.leaseOwner())));
            tx.commit();
            LOG.infof("file %d: counted the fills of %d (member, plan year) pairs in %d ms", file.fileId(), pairs,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private record Key(int year, String memberId) {
    }

    private List<Pair> pairsAfter(long fileId, Key after) {
        List<Pair> pairs = new ArrayList<>();
        pool.preparedQuery(NEXT_BATCH).execute(Tuple.of(fileId, after.year(), after.memberId(), batchSize, batchFills))
                .await().indefinitely()
                .forEach(r -> pairs.add(new Pair(r.getInteger(0), r.getString(1), r.getString(2), r.getLong(3))));
        return pairs;
    }

    private Batch profiles(List<Pair> pairs) {
        // Group by plan year and plan: one criteria set and one profile query per group.
        Map<String, List<Pair>> byYearAndPlan = new LinkedHashMap<>();
        for (Pair p : pairs) {
            byYearAndPlan.computeIfAbsent(p.year() + "|" + p.planId(), k -> new ArrayList<>()).add(p);
        }
        List<Group> groups = new ArrayList<>();
        for (var entry : byYearAndPlan.entrySet()) {
            Pair first = entry.getValue().getFirst();
            int year = first.year();
            Optional<PlanCriteria> c = criteria.computeIfAbsent(entry.getKey(),
                    k -> criteriaQueries.find(first.planId(), year).await().indefinitely());
            if (c.isEmpty()) {
                continue; // no criteria for that plan and year: nothing to decide (the report says so)
            }
            List<String> loaded = new ArrayList<>();
            List<String> folded = new ArrayList<>();
            for (Pair p : entry.getValue()) {
                (p.fills() > batchFills ? folded : loaded).add(p.memberId());
            }
            Map<String, MemberProfile> profiles = new HashMap<>();
            if (!loaded.isEmpty()) {
                profiles.putAll(facts.profiles(loaded, year, catalog).await().indefinitely());
            }
            if (!folded.isEmpty()) {
                LocalDate asOf = asOf(year);
                LocalDate windowEnd = asOf.isBefore(LocalDate.of(year, 12, 31)) ? asOf : LocalDate.of(year, 12, 31);
                profiles.putAll(facts.foldedProfiles(folded, year, windowEnd, fillsPerDrugListed, catalog)
                        .await().indefinitely());
            }
            groups.add(new Group(year, c.get(), entry.getValue().stream().map(Pair::memberId).toList(), profiles));
        }
        return new Batch(pairs, groups);
    }

    private void store(IntakeFile file, List<EligibilityDecision> decisions, int afterYear, String afterMember,
            String triggeredBy, String correlationId) {
        long fileId = file.fileId();
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
                .map(d -> new JsonObject(new LinkedHashMap<>(d.inputsSummary())).encode()).toList();
        for (int i = 0; i < n; i++) {
            EligibilityDetermination d = rows.get(i);
            member[i] = d.memberId();
            plan[i] = d.planId();
            year[i] = d.planYear();
            asOf[i] = d.asOf();
            eligible[i] = d.eligible();
            reason[i] = d.reasonTargeted();
            drugCount[i] = d.chronicDrugCount();
            conditionCount[i] = d.chronicConditionCount();
            cost[i] = d.projectedAnnualCost().toPlainString();
            dmp[i] = d.dmpAtRisk();
            summary[i] = summaries.get(i);
            dateMet[i] = d.dateMetCriteria();
            years.add(d.planYear());
            EligibilityDecision decision = decisions.get(i);
            if (AutoEnrollment.mayEnroll(decision, today)) {
                enrollIds.add(d.memberId());
                enrollReasons.add(d.reasonTargeted());
                enrollDatesMet.add(d.dateMetCriteria());
            }
            PlanExit.of(decision.coverage(), today).ifPresent(exit -> exits.putIfAbsent(d.memberId(), exit));
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
            IntakeFiles.fenced(tx.execute("""
                    update intake_file set eval_after_year = $2, eval_after_member = $3,
                        members_evaluated = members_evaluated + $4, newly_enrolled = newly_enrolled + $5,
                        plan_years = array(select distinct y from unnest(plan_years || $6::int[]) y order by y)
                    where file_id = $1 and lease_owner = $7""", Tuple.tuple(List.<Object>of(fileId, afterYear, afterMember,
                    (long) n, enrolled, years.toArray(Integer[]::new), file.leaseOwner()))));
            tx.commit();
        }
    }
}
