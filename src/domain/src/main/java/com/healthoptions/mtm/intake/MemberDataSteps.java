package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.db.Tx;
import com.healthoptions.mtm.eligibility.ClinicalFactsQueries;
import com.healthoptions.mtm.eligibility.PlanCriteriaQueries;
import com.healthoptions.mtm.reference.ReferenceCatalogStore;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * A member-data file's steps, each committed with the state it leads to, so a later invocation resumes
 * at the state the file is in: {@code STAGING} (rows streamed into the file's staging table, checkpointed)
 * → {@code STAGED} → set-based checks → {@code CHECKED} → one atomic apply → {@code APPLIED} →
 * re-evaluation and enrollment of the touched members → {@code EVALUATED} → outreach file and report.
 */
final class MemberDataSteps {

    private static final Logger LOG = Logger.getLogger(ClaimsIntake.class);

    /** What the steps need from the intake's configuration. */
    record Settings(double rejectThreshold, int chunkRows, int evaluationBatch, int rejectionsListed, String applyWorkMem,
            long evaluationFills, int fillsPerDrugListed, ContentLimits limits) {
    }

    private final Pool pool;
    private final IntakeFiles files;
    private final PlanCriteriaQueries criteria;
    private final ClinicalFactsQueries facts;
    private final ReferenceCatalogStore reference;
    private final Clock clock;
    private final Consumer<StagingProgress> progress;
    private final IntakeReport report;
    private final NewEnrolleeOutreachFile outreach;
    private final Settings settings;
    private final StageConnections stageCopy;

    /** {@code stageCopy} null: staging inserts through the reactive pool. */
    MemberDataSteps(Pool pool, IntakeFiles files, PlanCriteriaQueries criteria, ClinicalFactsQueries facts,
            ReferenceCatalogStore reference, Clock clock, Consumer<StagingProgress> progress, IntakeReport report,
            NewEnrolleeOutreachFile outreach, Settings settings, StageConnections stageCopy) {
        this.stageCopy = stageCopy;
        this.pool = pool;
        this.files = files;
        this.criteria = criteria;
        this.facts = facts;
        this.reference = reference;
        this.clock = clock;
        this.progress = progress;
        this.report = report;
        this.outreach = outreach;
        this.settings = settings;
    }

    /** Carries {@code file} on from its state; {@code CONTINUE} when it yielded at {@code yieldAt}. */
    IntakeResult run(IntakeObject object, IntakeKind kind, IntakeFile file, IntakeOutputs outputs, String invocationId,
            Instant yieldAt) throws IOException {
        IntakeFormat format = kind.format();
        LocalDate today = LocalDate.now(clock);
        PhaseClock phases = new PhaseClock(file.fileId());
        if (file.state() == IntakeFile.State.STAGING) {
            Staging staging = new Staging(pool, format, file, settings.chunkRows(), settings.rejectionsListed(), today,
                    settings.limits(), progress, stageCopy);
            Staging.Outcome staged = staging.run(object, yieldAt);
            LOG.infof("file %d: staging waited %d ms for the database", file.fileId(), staging.waitedMillis());
            if (staged instanceof Staging.Outcome.FileRejected r) {
                return report.rejected(object, file, r.message(), outputs);
            }
            phases.done("staging");
            if (staged instanceof Staging.Outcome.Yielded) {
                return new IntakeResult(object.key(), IntakeResult.Status.CONTINUE, file.fileId(), null);
            }
            file = files.reload(file.fileId());
        }
        if (file.state() == IntakeFile.State.STAGED) {
            check(file, format);
            phases.done("checks");
            file = files.reload(file.fileId());
        }
        if (file.state() == IntakeFile.State.CHECKED) {
            if (file.rowsRejected() > settings.rejectThreshold() * file.rowsRead()) {
                String message = String.format("%d of %d rows rejected: over the %s%% threshold, nothing applied",
                        file.rowsRejected(), file.rowsRead(), percent(settings.rejectThreshold()));
                files.markRejected(file, message);
                return report.rejected(object, files.reload(file.fileId()), message, outputs);
            }
            Optional<String> refused = apply(file, format, today);
            phases.done("apply");
            if (refused.isPresent()) {
                files.markRejected(file, refused.get());
                return report.rejected(object, files.reload(file.fileId()), refused.get(), outputs);
            }
            file = files.reload(file.fileId());
        }
        if (file.state() == IntakeFile.State.APPLIED) {
            ReEvaluation evaluation = new ReEvaluation(pool, criteria, facts, reference.catalog().await().indefinitely(),
                    today, settings.evaluationBatch(), settings.evaluationFills(), settings.fillsPerDrugListed());
            boolean evaluated = evaluation.run(file, invocationId, yieldAt);
            phases.done("re-evaluation");
            if (!evaluated) {
                return new IntakeResult(object.key(), IntakeResult.Status.CONTINUE, file.fileId(), null);
            }
            IntakeFiles.fenced(pool.preparedQuery("""
                    update intake_file set state = 'EVALUATED',
                        outreach_key = case when newly_enrolled > 0 then $2 end
                    where file_id = $1 and lease_owner = $3""")
                    .execute(Tuple.of(file.fileId(), NewEnrolleeOutreachFile.key(today, file.fileId()), file.leaseOwner()))
                    .await().indefinitely());
            file = files.reload(file.fileId());
        }
        // EVALUATED: write the outreach file and the report; both are rewritten whole on a retry.
        if (file.outreachKey() != null) {
            outreach.write(file, outputs);
            phases.done("outreach");
        }
        return report.finish(object, file, "APPLIED", null, outputs);
    }

    /** Logs how long each step of this invocation took (the README's measurements come from these). */
    private static final class PhaseClock {
        private final long fileId;
        private long last = System.nanoTime();

        PhaseClock(long fileId) {
            this.fileId = fileId;
        }

        void done(String phase) {
            long now = System.nanoTime();
            LOG.infof("file %d: %s took %d ms", fileId, phase, (now - last) / 1_000_000);
            last = now;
        }
    }

    /** Set-based checks that need the database; refused rows leave the stage and join the rejections. */
    private void check(IntakeFile file, IntakeFormat format) {
        List<String> checks = format.checks();
        String union = String.join("\nunion all\n", checks.stream().map(c -> sql(c, file, 0)).toList());
        long listed = Math.min(file.rowsRejected(), settings.rejectionsListed());
        long room = Math.max(0, settings.rejectionsListed() - listed);
        // A fresh staging table has no statistics: without them the planner picks nested loops.
        pool.query("analyze " + file.stageTable()).execute().await().indefinitely();
        try (Tx tx = Tx.begin(pool)) {
            long refused = tx.query("""
                    with bad as (
                        select distinct on (line) line, col, reason from (%s) x(line, col, reason) order by line
                    ), removed as (
                        delete from %s s using bad where s.line = bad.line returning s.line
                    ), listed as (
                        insert into intake_rejection (file_id, line, column_name, reason)
                        select %d, line, col, reason from bad order by line limit %d on conflict do nothing
                    )
                    select count(*) from removed""".formatted(union, file.stageTable(), file.fileId(), room))
                    .iterator().next().getLong(0);
            IntakeFiles.fenced(tx.execute("""
                    update intake_file set rows_rejected = rows_rejected + $2, rows_staged = rows_staged - $2,
                        state = 'CHECKED'
                    where file_id = $1 and lease_owner = $3""", Tuple.of(file.fileId(), refused, file.leaseOwner())));
            tx.commit();
        }
    }

    /** Applies every staged row in one transaction; empty when applied, else why the database refused. */
    private Optional<String> apply(IntakeFile file, IntakeFormat format, LocalDate today) {
        try (Tx tx = Tx.begin(pool)) {
            // The apply sorts and de-duplicates the whole file: in memory, not in spill files.
            tx.query("set local work_mem = '" + settings.applyWorkMem() + "'");
            for (String statement : format.apply()) {
                tx.query(sql(statement, file, today.getYear()));
            }
            IntakeFiles.fenced(tx.execute("""
                    update intake_file set rows_applied = rows_staged, state = 'APPLIED', applied_at = now()
                    where file_id = $1 and lease_owner = $2""", Tuple.of(file.fileId(), file.leaseOwner())));
            tx.query("drop table " + file.stageTable());
            tx.commit();
            return Optional.empty();
        } catch (PgException e) {
            // Class 22 (data) and 23 (integrity): the file, not the system. Never quote the server's
            // message: it can carry row values.
            String state = e.getSqlState();
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                LOG.warnf("file %d refused by the database: SQLSTATE %s", file.fileId(), state);
                return Optional.of("the database refused the file (SQLSTATE " + state + "); nothing applied");
            }
            throw e;
        }
    }

    private static String sql(String template, IntakeFile file, int year) {
        return template.replace("{stage}", file.stageTable()).replace("{file}", Long.toString(file.fileId()))
                .replace("{year}", Integer.toString(year));
    }

    private static String percent(double fraction) {
        return java.math.BigDecimal.valueOf(fraction * 100).stripTrailingZeros().toPlainString();
    }
}
