package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.eligibility.ClinicalFactsQueries;
import com.healthoptions.mtm.eligibility.PlanCriteriaQueries;
import com.healthoptions.mtm.files.ReferenceFileLoader;
import com.healthoptions.mtm.files.ReferenceFileResult;
import com.healthoptions.mtm.files.RowRejection;
import com.healthoptions.mtm.files.SpreadsheetCsv;
import com.healthoptions.mtm.reference.ReferenceCatalogStore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The claims intake: takes one object version from the intake bucket through staging, checks, one
 * atomic apply, re-evaluation and enrollment, and answers with {@code reports/<key>.json}. Each step
 * is committed before the next, so any later invocation for the same version (a redelivery or a
 * continuation) carries on where the last one stopped; a completed version is a duplicate.
 *
 * <p>Runs on a worker thread: it blocks on the database.
 */
@ApplicationScoped
public class ClaimsIntake {

    private static final Logger LOG = Logger.getLogger(ClaimsIntake.class);

    /** Keys the intake writes itself; events for them are ignored (no report about a report). */
    static final List<String> OWN_OUTPUT_PREFIXES = List.of("reports/", "outreach/", "worklists/");

    private final Pool pool;
    private final IntakeFiles files;
    private final PlanCriteriaQueries criteria;
    private final ClinicalFactsQueries facts;
    private final ReferenceCatalogStore reference;
    private final Instance<ReferenceFileLoader> loaders;
    private final Clock clock;
    private final Event<StagingProgress> progress;
    private final double rejectThreshold;
    private final int chunkRows;
    private final int evaluationBatch;
    private final int rejectionsListed;
    private final Duration reserve;
    private final String applyWorkMem;
    private final long evaluationFills;
    private final int fillsPerDrugListed;
    private final Duration lease;
    private final int maxAttempts;
    private final Duration maxEventAge;
    private final ContentLimits limits;
    /** Renews the leases of the files this instance is working on (one thread; a renewal is one update). */
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "intake-lease-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public ClaimsIntake(Pool pool, IntakeFiles files, PlanCriteriaQueries criteria, ClinicalFactsQueries facts,
            ReferenceCatalogStore reference, @Any Instance<ReferenceFileLoader> loaders, Clock clock, Event<StagingProgress> progress,
            @ConfigProperty(name = "mtm.intake.reject-threshold", defaultValue = "0.01") double rejectThreshold,
            @ConfigProperty(name = "mtm.intake.chunk-rows", defaultValue = "20000") int chunkRows,
            @ConfigProperty(name = "mtm.intake.evaluation-batch", defaultValue = "2000") int evaluationBatch,
            @ConfigProperty(name = "mtm.intake.rejections-listed", defaultValue = "1000") int rejectionsListed,
            @ConfigProperty(name = "mtm.intake.time-reserve", defaultValue = "PT90S") Duration reserve,
            @ConfigProperty(name = "mtm.intake.apply-work-mem", defaultValue = "256MB") String applyWorkMem,
            @ConfigProperty(name = "mtm.intake.evaluation-fills", defaultValue = "60000") long evaluationFills,
            @ConfigProperty(name = "mtm.intake.fills-per-drug-listed", defaultValue = "12") int fillsPerDrugListed,
            @ConfigProperty(name = "mtm.intake.lease", defaultValue = "PT60S") Duration lease,
            @ConfigProperty(name = "mtm.intake.max-attempts", defaultValue = "3") int maxAttempts,
            @ConfigProperty(name = "mtm.intake.max-event-age", defaultValue = "PT6H") Duration maxEventAge,
            @ConfigProperty(name = "mtm.intake.max-field-bytes", defaultValue = "65536") int maxFieldBytes,
            @ConfigProperty(name = "mtm.intake.max-fields", defaultValue = "512") int maxFields,
            @ConfigProperty(name = "mtm.intake.max-line-bytes", defaultValue = "1048576") int maxLineBytes,
            @ConfigProperty(name = "mtm.intake.max-expansion", defaultValue = "200") long maxExpansion) {
        this.pool = pool;
        this.files = files;
        this.criteria = criteria;
        this.facts = facts;
        this.reference = reference;
        this.loaders = loaders;
        this.clock = clock;
        this.progress = progress;
        this.rejectThreshold = rejectThreshold;
        this.chunkRows = chunkRows;
        this.evaluationBatch = evaluationBatch;
        this.rejectionsListed = rejectionsListed;
        this.reserve = reserve;
        if (!applyWorkMem.matches("[0-9]{1,7}(kB|MB|GB)")) {
            throw new IllegalArgumentException("mtm.intake.apply-work-mem must look like 256MB");
        }
        this.applyWorkMem = applyWorkMem;
        this.evaluationFills = evaluationFills;
        this.fillsPerDrugListed = fillsPerDrugListed;
        if (lease.toSeconds() < 3 || maxAttempts < 1) {
            throw new IllegalArgumentException("mtm.intake.lease must be at least 3 s and mtm.intake.max-attempts at least 1");
        }
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.maxEventAge = maxEventAge;
        // The first MiB of any gzip file may expand freely: tiny files are mostly header.
        this.limits = new ContentLimits(maxFieldBytes, maxFields, maxLineBytes, maxExpansion, 1 << 20);
    }

    /**
     * Processes one object version.
     *
     * <p>A version held by another live invocation (or a version of the same key that is) answers
     * {@link IntakeResult.Status#IN_PROGRESS}: the caller must fail the delivery so it is retried later.
     * A failure is counted per point of progress; the {@code max-attempts}th failure at the same point
     * (or an event older than {@code max-event-age} for a file not yet started) ends the file
     * {@link IntakeResult.Status#FAILED}, terminal, with a report.
     *
     * @param invocationId the Lambda request id: lease owner and audit correlation id
     * @param deadline when this invocation will be stopped; work yields {@code time-reserve} before it
     */
    public IntakeResult process(IntakeObject object, IntakeOutputs outputs, String invocationId, Instant deadline)
            throws IOException {
        String key = object.key();
        // Own outputs, and "folder" placeholders the S3 console creates.
        if (OWN_OUTPUT_PREFIXES.stream().anyMatch(key::startsWith) || key.endsWith("/")) {
            return new IntakeResult(key, IntakeResult.Status.IGNORED, null, null);
        }
        Optional<IntakeKind> kind = IntakeKind.forKey(key);
        Optional<ReferenceFileLoader> loader = kind.isPresent() ? Optional.empty() : loaderFor(key);
        String kindName = kind.map(Enum::name).orElse(loader.map(l -> "REFERENCE " + l.keyPrefix()).orElse("UNKNOWN"));
        Instant started = Instant.now();
        IntakeFiles.Claim claim = files.claim(object, kindName, invocationId, lease);
        if (claim instanceof IntakeFiles.Claim.AlreadyComplete done) {
            return duplicate(object, done.file(), outputs, started);
        }
        if (claim instanceof IntakeFiles.Claim.AlreadyFailed failed) {
            LOG.infof("file %d: FAILED earlier; this delivery changes nothing", failed.file().fileId());
            return new IntakeResult(key, IntakeResult.Status.FAILED, failed.file().fileId(), failed.file().reportKey());
        }
        if (claim instanceof IntakeFiles.Claim.HeldElsewhere held) {
            LOG.infof("file %d: %s; the delivery must be retried later", held.file().fileId(), held.why());
            return new IntakeResult(key, IntakeResult.Status.IN_PROGRESS, held.file().fileId(), null);
        }
        IntakeFile file = ((IntakeFiles.Claim.Granted) claim).file();
        long fileId = file.fileId();
        long beat = Math.max(1000, lease.toMillis() / 3);
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> renew(fileId, invocationId), beat, beat,
                TimeUnit.MILLISECONDS);
        Instant yieldAt = deadline.minus(reserve);
        try {
            if (file.stepFailures() >= maxAttempts) {
                return failTerminal(object, file, file.lastErrorClass(), "the same step failed " + file.stepFailures()
                        + " times (limit " + maxAttempts + ")", outputs);
            }
            if (file.invocations() == 1 && object.eventTime() != null
                    && object.eventTime().isBefore(clock.instant().minus(maxEventAge))) {
                return failTerminal(object, file, null, "the event is older than " + maxEventAge
                        + "; the file was not started", outputs);
            }
            if (file.outcome() != null && file.outcome().equals("REJECTED")) {
                return finishRejected(object, file, file.message(), outputs);
            }
            if (files.newerVersionApplied(file)) {
                files.dropStage(file);
                return finish(object, file, "SUPERSEDED", "a newer version of this key (a later S3 sequencer) was "
                        + "already applied; this older version was not", outputs);
            }
            if (kind.isPresent()) {
                return processData(object, kind.get(), file, outputs, invocationId, yieldAt);
            }
            if (loader.isPresent()) {
                long claimants = loaders.stream().filter(l -> l.keyPrefix().equals(loader.get().keyPrefix())).count();
                if (claimants > 1) {
                    return finishRejected(object, file, "configuration error: " + claimants
                            + " reference loaders claim the prefix " + loader.get().keyPrefix(), outputs);
                }
                return processReference(object, loader.get(), file, outputs);
            }
            return finishRejected(object, file, "unknown key prefix: expected one of " + knownPrefixes(), outputs);
        } catch (ObjectGoneException e) {
            return finishRejected(object, files.reload(fileId), "the object version named by the event can no longer be "
                    + "read (deleted or replaced): " + e.getMessage(), outputs);
        } catch (LeaseLostException e) {
            // Another invocation took the file over; it is that one's to finish (or to count as failed).
            throw e;
        } catch (IOException | RuntimeException | Error e) {
            Optional<ContentLimitException> limit = ContentLimitException.in(e);
            if (limit.isPresent()) {
                return finishRejected(object, files.reload(fileId), "the file exceeds a reader limit, nothing applied: "
                        + limit.get().getMessage(), outputs);
            }
            Optional<IntakeFile> counted = recordFailure(fileId, invocationId, e);
            if (counted.isPresent() && counted.get().stepFailures() >= maxAttempts) {
                return failTerminal(object, counted.get(), e.getClass().getName(), "the same step failed "
                        + counted.get().stepFailures() + " times (limit " + maxAttempts + ")", outputs);
            }
            throw e;
        } finally {
            heartbeat.cancel(false);
            files.release(fileId, invocationId);
        }
    }

    /** Files that have stopped moving: not terminal, held by nobody, idle longer than {@code idle}. */
    public StalledFiles stalled(Duration idle) {
        return files.stalled(idle);
    }

    private void renew(long fileId, String owner) {
        try {
            if (!files.renew(fileId, owner, lease)) {
                LOG.warnf("file %d: lease no longer held by this invocation", fileId);
            }
        } catch (RuntimeException e) {
            // The next beat tries again; a lease that does lapse is fenced at the next commit.
            LOG.warnf("file %d: lease renewal failed (%s)", fileId, e.getClass().getName());
        }
    }

    private Optional<IntakeFile> recordFailure(long fileId, String owner, Throwable e) {
        try {
            return files.recordFailure(fileId, owner, e.getClass().getName());
        } catch (RuntimeException | Error ignored) {
            // The database may be what failed: the next claim counts this attempt as one that died.
            return Optional.empty();
        }
    }

    /**
     * Ends a poison file: a report naming the step, the error's class and the attempts (no message, no
     * row), then the terminal state. Real tables keep whatever the file had applied atomically.
     */
    private IntakeResult failTerminal(IntakeObject object, IntakeFile file, String errorClass, String reason,
            IntakeOutputs outputs) {
        files.dropStage(file);
        String step = file.failedStep() != null ? file.failedStep() : file.state().name();
        OffsetDateTime completedAt = OffsetDateTime.now(clock).withOffsetSameInstant(java.time.ZoneOffset.UTC);
        String message = "processing stopped: " + reason;
        JsonObject report = new JsonObject()
                .put("status", "FAILED")
                .put("bucket", file.bucket())
                .put("key", file.key())
                .put("objectVersion", file.objectVersion())
                .put("fileId", file.fileId())
                .put("kind", file.kind())
                .put("failure", new JsonObject().put("step", step).put("errorClass", errorClass)
                        .put("attempts", file.stepFailures()).put("reason", reason))
                .put("rowsRead", file.rowsRead())
                .put("rowsApplied", file.appliedAt() != null ? file.rowsApplied() : 0L)
                .put("rowsRejected", file.rowsRejected())
                .put("membersReEvaluated", file.membersEvaluated())
                .put("newlyEnrolled", file.newlyEnrolled())
                .put("message", message)
                .put("receivedAt", file.receivedAt().toString())
                .put("completedAt", completedAt.toString())
                .put("invocations", file.invocations());
        String reportKey = reportKey(file.key(), file.objectVersion());
        outputs.put(reportKey, "application/json", report.encodePrettily().getBytes(StandardCharsets.UTF_8));
        files.fail(file, message, report, reportKey);
        LOG.warnf("file %d (%s): FAILED at %s after %d attempts (%s)", file.fileId(), file.kind(), step,
                file.stepFailures(), errorClass == null ? reason : errorClass);
        return new IntakeResult(file.key(), IntakeResult.Status.FAILED, file.fileId(), reportKey);
    }

    private IntakeResult processData(IntakeObject object, IntakeKind kind, IntakeFile file, IntakeOutputs outputs,
            String invocationId, Instant yieldAt) throws IOException {
        IntakeFormat format = kind.format();
        LocalDate today = LocalDate.now(clock);
        PhaseClock phases = new PhaseClock(file.fileId());
        if (file.state() == IntakeFile.State.STAGING) {
            Staging staging = new Staging(pool, format, file, chunkRows, rejectionsListed, today, limits, progress::fire);
            Staging.Outcome staged = staging.run(object, yieldAt);
            LOG.infof("file %d: staging waited %d ms for the database", file.fileId(), staging.waitedMillis());
            if (staged instanceof Staging.Outcome.FileRejected r) {
                return finishRejected(object, file, r.message(), outputs);
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
            if (file.rowsRejected() > rejectThreshold * file.rowsRead()) {
                String message = String.format("%d of %d rows rejected: over the %s%% threshold, nothing applied",
                        file.rowsRejected(), file.rowsRead(), percent(rejectThreshold));
                files.markRejected(file, message);
                return finishRejected(object, files.reload(file.fileId()), message, outputs);
            }
            Optional<String> refused = apply(file, format, today);
            phases.done("apply");
            if (refused.isPresent()) {
                files.markRejected(file, refused.get());
                return finishRejected(object, files.reload(file.fileId()), refused.get(), outputs);
            }
            file = files.reload(file.fileId());
        }
        if (file.state() == IntakeFile.State.APPLIED) {
            ReEvaluation evaluation = new ReEvaluation(pool, criteria, facts,
                    reference.catalog().await().indefinitely(), today, evaluationBatch, evaluationFills, fillsPerDrugListed);
            boolean evaluated = evaluation.run(file, invocationId, yieldAt);
            phases.done("re-evaluation");
            if (!evaluated) {
                return new IntakeResult(object.key(), IntakeResult.Status.CONTINUE, file.fileId(), null);
            }
            IntakeFiles.fenced(pool.preparedQuery("""
                    update intake_file set state = 'EVALUATED',
                        outreach_key = case when newly_enrolled > 0 then $2 end
                    where file_id = $1 and lease_owner = $3""")
                    .execute(Tuple.of(file.fileId(), "outreach/" + today + "/new-enrollees-" + file.fileId() + ".csv",
                            file.leaseOwner()))
                    .await().indefinitely());
            file = files.reload(file.fileId());
        }
        // EVALUATED: write the outreach file and the report; both are rewritten whole on a retry.
        if (file.outreachKey() != null) {
            writeOutreach(file, outputs);
            phases.done("outreach");
        }
        return finish(object, file, "APPLIED", null, outputs);
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
        long listed = Math.min(file.rowsRejected(), rejectionsListed);
        long room = Math.max(0, rejectionsListed - listed);
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
            tx.query("set local work_mem = '" + applyWorkMem + "'");
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

    private IntakeResult processReference(IntakeObject object, ReferenceFileLoader loader, IntakeFile file,
            IntakeOutputs outputs) throws IOException {
        ReferenceFileResult result;
        // Loaders read whole lines: one endless line must end the file, not the instance's heap.
        try (InputStream in = new LineLengthGuard(object.openContent(0, limits), limits.maxLineBytes())) {
            result = loader.load(in, rejectThreshold);
        }
        boolean applied = result.status() == ReferenceFileResult.Status.APPLIED;
        IntakeFiles.fenced(pool.preparedQuery("""
                update intake_file set rows_read = $2, rows_applied = $3, rows_rejected = $4,
                    applied_at = case when $5 then now() end
                where file_id = $1 and lease_owner = $6""")
                .execute(Tuple.tuple(List.<Object>of(file.fileId(), result.rowsRead(), result.rowsApplied(),
                        result.rowsRejected(), applied, file.leaseOwner())))
                .await().indefinitely());
        IntakeFile updated = files.reload(file.fileId());
        JsonArray rejections = new JsonArray();
        result.rejections().stream().sorted(Comparator.comparingLong(RowRejection::line)).limit(rejectionsListed)
                .forEach(r -> rejections.add(rejection(r.line(), r.column(), r.reason())));
        String outcome = applied ? "APPLIED" : "REJECTED";
        return complete(object, updated, outcome, result.message(), rejections, outputs);
    }

    private IntakeResult finishRejected(IntakeObject object, IntakeFile file, String message, IntakeOutputs outputs) {
        files.dropStage(file);
        return finish(object, files.reload(file.fileId()), "REJECTED", message, outputs);
    }

    private IntakeResult finish(IntakeObject object, IntakeFile file, String outcome, String message,
            IntakeOutputs outputs) {
        JsonArray rejections = new JsonArray();
        pool.preparedQuery("""
                select line, column_name, reason from intake_rejection where file_id = $1 order by line limit $2""")
                .execute(Tuple.of(file.fileId(), rejectionsListed)).await().indefinitely()
                .forEach(r -> rejections.add(rejection(r.getLong(0), r.getString(1), r.getString(2))));
        return complete(object, file, outcome, message, rejections, outputs);
    }

    private IntakeResult complete(IntakeObject object, IntakeFile file, String outcome, String message,
            JsonArray rejections, IntakeOutputs outputs) {
        long touched = pool.preparedQuery("select count(*) from intake_touched where file_id = $1")
                .execute(Tuple.of(file.fileId())).await().indefinitely().iterator().next().getLong(0);
        OffsetDateTime completedAt = file.completedAt() != null ? file.completedAt()
                : OffsetDateTime.now(clock).withOffsetSameInstant(java.time.ZoneOffset.UTC);
        JsonObject report = new JsonObject()
                .put("status", outcome)
                .put("bucket", file.bucket())
                .put("key", file.key())
                .put("objectVersion", file.objectVersion())
                .put("fileId", file.fileId())
                .put("kind", file.kind())
                .put("rowsRead", file.rowsRead())
                .put("rowsApplied", "APPLIED".equals(outcome) ? file.rowsApplied() : 0L)
                .put("rowsRejected", file.rowsRejected())
                .put("rejectThreshold", rejectThreshold)
                .put("rejections", rejections)
                .put("rejectionsListed", rejections.size())
                .put("membersReEvaluated", file.membersEvaluated())
                .put("memberYearsWithoutCriteria", Math.max(0, touched - file.membersEvaluated()))
                .put("planYears", new JsonArray(new ArrayList<>(file.planYears())))
                .put("newlyEnrolled", file.newlyEnrolled())
                .put("outreachKey", file.outreachKey())
                .put("message", message)
                .put("receivedAt", file.receivedAt().toString())
                .put("completedAt", completedAt.toString())
                .put("durationMillis", Duration.between(file.receivedAt(), completedAt).toMillis())
                .put("invocations", file.invocations());
        String reportKey = reportKey(file.key(), file.objectVersion());
        // Report first, then COMPLETE: a crash in between redoes this step, never loses the report.
        outputs.put(reportKey, "application/json", report.encodePrettily().getBytes(StandardCharsets.UTF_8));
        files.complete(file, outcome, message, report, reportKey);
        LOG.infof("file %d (%s): %s, %d rows read, %d applied, %d rejected, %d re-evaluated, %d enrolled",
                file.fileId(), file.kind(), outcome, file.rowsRead(), report.getLong("rowsApplied"),
                file.rowsRejected(), file.membersEvaluated(), file.newlyEnrolled());
        return new IntakeResult(file.key(), IntakeResult.Status.valueOf(outcome), file.fileId(), reportKey);
    }

    private IntakeResult duplicate(IntakeObject object, IntakeFile done, IntakeOutputs outputs, Instant started) {
        JsonObject report = new JsonObject()
                .put("status", "DUPLICATE")
                .put("bucket", done.bucket())
                .put("key", done.key())
                .put("objectVersion", done.objectVersion())
                .put("fileId", done.fileId())
                .put("message", "this object version was already processed; nothing changed")
                .put("durationMillis", Duration.between(started, Instant.now()).toMillis())
                .put("original", done.report());
        String reportKey = done.reportKey() != null ? done.reportKey() : reportKey(done.key(), done.objectVersion());
        outputs.put(reportKey, "application/json", report.encodePrettily().getBytes(StandardCharsets.UTF_8));
        LOG.infof("file %d (%s): DUPLICATE delivery ignored", done.fileId(), done.key());
        return new IntakeResult(done.key(), IntakeResult.Status.DUPLICATE, done.fileId(), reportKey);
    }

    private void writeOutreach(IntakeFile file, IntakeOutputs outputs) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("outreach-" + file.fileId(), ".csv");
            try (SpreadsheetCsv w = new SpreadsheetCsv(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), "member_id",
                    "plan_year", "enrollment_date", "date_met_criteria", "reason_targeted", "first_name", "last_name", "zip",
                    "phone")) {
                String after = "";
                while (true) {
                    List<Row> page = new ArrayList<>();
                    pool.preparedQuery("""
                            select e.member_id, e.plan_year, n.enrollment_date, n.date_met_criteria, n.reason_targeted,
                                   m.first_name, m.last_name, m.zip, m.phone_e164
                            from intake_enrollee e
                            join member m on m.member_id = e.member_id
                            join mtm_enrollment n on n.member_id = e.member_id and n.plan_year = e.plan_year
                            where e.file_id = $1 and e.member_id > $2
                            order by e.member_id limit 5000""")
                            .execute(Tuple.of(file.fileId(), after)).await().indefinitely().forEach(page::add);
                    if (page.isEmpty()) {
                        break;
                    }
                    for (Row r : page) {
                        w.row(r.getString(0), r.getInteger(1), r.getLocalDate(2), r.getLocalDate(3), r.getString(4),
                                r.getString(5), r.getString(6), r.getString(7), SpreadsheetCsv.dialable(r.getString(8)));
                    }
                    after = page.getLast().getString(0);
                }
            }
            outputs.put(file.outreachKey(), "text/csv", tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // /tmp is per execution environment and cleared with it
                }
            }
        }
    }

    private Optional<ReferenceFileLoader> loaderFor(String key) {
        ReferenceFileLoader best = null;
        for (ReferenceFileLoader l : loaders) {
            if (key.startsWith(l.keyPrefix()) && (best == null || l.keyPrefix().length() > best.keyPrefix().length())) {
                best = l;
            }
        }
        return Optional.ofNullable(best);
    }

    private String knownPrefixes() {
        List<String> prefixes = new ArrayList<>();
        for (IntakeKind k : IntakeKind.values()) {
            prefixes.add(k.prefix());
        }
        loaders.forEach(l -> prefixes.add(l.keyPrefix()));
        return String.join(", ", prefixes);
    }

    /** S3's limit on a key's length, in UTF-8 bytes. */
    static final int MAX_KEY_BYTES = 1024;

    /**
     * Where the report of one object version goes: {@code reports/<input key>/<version>.json}, each version
     * its own report. A version id with characters other than letters, digits, '.', '_' and '-' is named by
     * its SHA-256; when the key would exceed S3's 1,024 bytes the input key is hashed too
     * ({@code reports/hashed/<sha-256 of the key>/<version>.json}; the report itself names the key).
     */
    public static String reportKey(String inputKey, String objectVersion) {
        String version = objectVersion.startsWith("etag:") ? "etag-" + objectVersion.substring(5) : objectVersion;
        if (!version.matches("[A-Za-z0-9._-]{1,128}")) {
            version = sha256(objectVersion);
        }
        String key = "reports/" + inputKey + "/" + version + ".json";
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            key = "reports/hashed/" + sha256(inputKey) + "/" + version + ".json";
        }
        return key;
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject rejection(long line, String column, String reason) {
        return new JsonObject().put("line", line).put("column", column).put("reason", reason);
    }

    private static String sql(String template, IntakeFile file, int year) {
        return template.replace("{stage}", file.stageTable()).replace("{file}", Long.toString(file.fileId()))
                .replace("{year}", Integer.toString(year));
    }

    private static String percent(double fraction) {
        return java.math.BigDecimal.valueOf(fraction * 100).stripTrailingZeros().toPlainString();
    }
}
