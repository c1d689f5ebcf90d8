package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.eligibility.ClinicalFactsQueries;
import com.healthoptions.mtm.eligibility.PlanCriteriaQueries;
import com.healthoptions.mtm.files.ReferenceFileLoader;
import com.healthoptions.mtm.files.ReferenceFileResult;
import com.healthoptions.mtm.files.RowRejection;
import com.healthoptions.mtm.reference.ReferenceCatalogStore;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The claims intake: takes one object version from the intake bucket through its steps and answers with
 * its report. This class is the file's life: it claims the version (a redelivery of a completed one is a
 * duplicate), holds its lease ({@link FileLease}), routes it by key ({@link IntakeRoute}: a member-data
 * format's steps in {@link MemberDataSteps}, or a reference loader), and counts failures until the same
 * step has failed too often; reports and terminal states are {@link IntakeReport}'s. Each step is
 * committed before the next, so any later invocation for the same version (a redelivery or a
 * continuation) carries on where the last one stopped.
 *
 * <p>Runs on a worker thread: it blocks on the database.
 */
@ApplicationScoped
public class ClaimsIntake {

    private static final Logger LOG = Logger.getLogger(ClaimsIntake.class);

    private final Pool pool;
    private final IntakeFiles files;
    private final Instance<ReferenceFileLoader> loaders;
    private final Clock clock;
    private final double rejectThreshold;
    private final int rejectionsListed;
    private final Duration reserve;
    private final int maxAttempts;
    private final Duration maxEventAge;
    private final ContentLimits limits;
    private final FileLease lease;
    private final IntakeReport report;
    private final MemberDataSteps memberData;

    public ClaimsIntake(Pool pool, IntakeFiles files, PlanCriteriaQueries criteria, ClinicalFactsQueries facts,
            ReferenceCatalogStore reference, @Any Instance<ReferenceFileLoader> loaders, Clock clock, Event<StagingProgress> progress,
            Instance<StageConnections> stageCopy,
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
        this.loaders = loaders;
        this.clock = clock;
        this.rejectThreshold = rejectThreshold;
        this.rejectionsListed = rejectionsListed;
        this.reserve = reserve;
        if (!applyWorkMem.matches("[0-9]{1,7}(kB|MB|GB)")) {
            throw new IllegalArgumentException("mtm.intake.apply-work-mem must look like 256MB");
        }
        if (lease.toSeconds() < 3 || maxAttempts < 1) {
            throw new IllegalArgumentException("mtm.intake.lease must be at least 3 s and mtm.intake.max-attempts at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.maxEventAge = maxEventAge;
        // The first MiB of any gzip file may expand freely: tiny files are mostly header.
        this.limits = new ContentLimits(maxFieldBytes, maxFields, maxLineBytes, maxExpansion, 1 << 20);
        this.lease = new FileLease(files, lease);
        this.report = new IntakeReport(pool, files, clock, rejectThreshold, rejectionsListed);
        this.memberData = new MemberDataSteps(pool, files, criteria, facts, reference, clock, progress::fire, report,
                new NewEnrolleeOutreachFile(pool), new MemberDataSteps.Settings(rejectThreshold, chunkRows,
                        evaluationBatch, rejectionsListed, applyWorkMem, evaluationFills, fillsPerDrugListed, limits),
                // A function that provides COPY stages through it; any other stages through the reactive pool.
                stageCopy.isResolvable() ? stageCopy.get() : null);
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
        IntakeRoute route = IntakeRoute.of(key, loaders);
        if (route instanceof IntakeRoute.Ignored) {
            return new IntakeResult(key, IntakeResult.Status.IGNORED, null, null);
        }
        Instant started = Instant.now();
        IntakeFiles.Claim claim = files.claim(object, route.kindName(), invocationId, lease.length());
        if (claim instanceof IntakeFiles.Claim.AlreadyComplete done) {
            return report.duplicate(done.file(), outputs, started);
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
        Instant yieldAt = deadline.minus(reserve);
        // Released after the catch clauses: a rejection or failure they write still holds the lease.
        FileLease.Held held = lease.hold(fileId, invocationId);
        try {
            return carryOn(object, route, file, outputs, invocationId, yieldAt);
        } catch (ObjectGoneException e) {
            return report.rejected(object, files.reload(fileId), "the object version named by the event can no longer be "
                    + "read (deleted or replaced): " + e.getMessage(), outputs);
        } catch (LeaseLostException e) {
            // Another invocation took the file over; it is that one's to finish (or to count as failed).
            throw e;
        } catch (IOException | RuntimeException | Error e) {
            Optional<ContentLimitException> limit = ContentLimitException.in(e);
            if (limit.isPresent()) {
                return report.rejected(object, files.reload(fileId), "the file exceeds a reader limit, nothing applied: "
                        + limit.get().getMessage(), outputs);
            }
            Optional<IntakeFile> counted = recordFailure(fileId, invocationId, e);
            if (counted.isPresent() && counted.get().stepFailures() >= maxAttempts) {
                return report.failed(object, counted.get(), e.getClass().getName(), "the same step failed "
                        + counted.get().stepFailures() + " times (limit " + maxAttempts + ")", outputs);
            }
            throw e;
        } finally {
            held.close();
        }
    }

    /** Files that have stopped moving: not terminal, held by nobody, idle longer than {@code idle}. */
    public StalledFiles stalled(Duration idle) {
        return files.stalled(idle);
    }

    /** The claimed file, from the state it is in: terminal checks first, then its route's steps. */
    private IntakeResult carryOn(IntakeObject object, IntakeRoute route, IntakeFile file, IntakeOutputs outputs,
            String invocationId, Instant yieldAt) throws IOException {
        if (file.stepFailures() >= maxAttempts) {
            return report.failed(object, file, file.lastErrorClass(), "the same step failed " + file.stepFailures()
                    + " times (limit " + maxAttempts + ")", outputs);
        }
        if (file.invocations() == 1 && object.eventTime() != null
                && object.eventTime().isBefore(clock.instant().minus(maxEventAge))) {
            return report.failed(object, file, null, "the event is older than " + maxEventAge
                    + "; the file was not started", outputs);
        }
        if (file.outcome() != null && file.outcome().equals("REJECTED")) {
            return report.rejected(object, file, file.message(), outputs);
        }
        if (files.newerVersionApplied(file)) {
            files.dropStage(file);
            return report.finish(object, file, "SUPERSEDED", "a newer version of this key (a later S3 sequencer) was "
                    + "already applied; this older version was not", outputs);
        }
        return switch (route) {
            case IntakeRoute.MemberData data -> memberData.run(object, data.kind(), file, outputs, invocationId, yieldAt);
            case IntakeRoute.Reference ref when ref.claimants() > 1 -> report.rejected(object, file,
                    "configuration error: " + ref.claimants() + " reference loaders claim the prefix "
                            + ref.loader().keyPrefix(), outputs);
            case IntakeRoute.Reference ref -> processReference(object, ref.loader(), file, outputs);
            case IntakeRoute.Unknown unknown -> report.rejected(object, file, "unknown key prefix: expected one of "
                    + unknown.knownPrefixes(), outputs);
            case IntakeRoute.Ignored ignored -> throw new IllegalStateException("an ignored key is never claimed");
        };
    }

    private Optional<IntakeFile> recordFailure(long fileId, String owner, Throwable e) {
        try {
            return files.recordFailure(fileId, owner, e.getClass().getName());
        } catch (RuntimeException | Error ignored) {
            // The database may be what failed: the next claim counts this attempt as one that died.
            return Optional.empty();
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
                .forEach(r -> rejections.add(IntakeReport.rejection(r.line(), r.column(), r.reason())));
        String outcome = applied ? "APPLIED" : "REJECTED";
        return report.complete(object, updated, outcome, result.message(), rejections, outputs);
    }

    /** Where the report of one object version goes (see {@link IntakeReport#reportKey}). */
    public static String reportKey(String inputKey, String objectVersion) {
        return IntakeReport.reportKey(inputKey, objectVersion);
    }
}
