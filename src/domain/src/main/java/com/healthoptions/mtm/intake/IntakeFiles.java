package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.db.Tx;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The processed-files table: registers an object version once, hands it to one invocation at a time
 * and one version of a key at a time (a short lease the holder renews while it works), counts failed
 * attempts per point of progress, and records each step.
 */
@ApplicationScoped
class IntakeFiles {

    /** The outcome of asking for a file. */
    sealed interface Claim {
        record Granted(IntakeFile file) implements Claim {
        }

        record AlreadyComplete(IntakeFile file) implements Claim {
        }

        record AlreadyFailed(IntakeFile file) implements Claim {
        }

        /** Another live invocation holds this version, or another version of the same key. */
        record HeldElsewhere(IntakeFile file, String why) implements Claim {
        }
    }

    /** The file's point of progress: a failure at the same point as the last one is a repeated failure. */
    private static final String MARKER = "state || ':' || bytes_done || ':' || members_evaluated";

    /** What a previous attempt that never reported back is recorded as (its error class is unknown). */
    static final String DIED = "none: the invocation ended without a result (timeout, out of memory or crash)";

    private final Pool pool;

    IntakeFiles(Pool pool) {
        this.pool = pool;
    }

    /**
     * Registers the version (first delivery) and leases it to {@code owner} for {@code lease}, unless it is
     * finished, held by a live invocation, or another version of the key is. Runs under a per-key advisory
     * lock, so two versions of one key never both get a lease. An attempt that was left open (its
     * invocation died) is counted as a failure here, at the point of progress it had reached.
     */
    Claim claim(IntakeObject o, String kind, String owner, Duration lease) {
        try (Tx tx = Tx.begin(pool)) {
            tx.execute("select pg_advisory_xact_lock(hashtextextended($1 || '/' || $2, 0))", Tuple.of(o.bucket(), o.key()));
            tx.execute("""
                    insert into intake_file (bucket, object_key, object_version, kind, sequencer) values ($1, $2, $3, $4, $5)
                    on conflict (bucket, object_key, object_version) do update
                        set sequencer = coalesce(intake_file.sequencer, excluded.sequencer)
                        where intake_file.sequencer is null and excluded.sequencer is not null""",
                    Tuple.of(o.bucket(), o.key(), o.objectVersion(), kind, o.sequencer()));
            IntakeFile current = IntakeFile.of(tx.execute("""
                    select * from intake_file where bucket = $1 and object_key = $2 and object_version = $3 for update""",
                    Tuple.of(o.bucket(), o.key(), o.objectVersion())).iterator().next());
            if (current.state() == IntakeFile.State.COMPLETE) {
                return new Claim.AlreadyComplete(current);
            }
            if (current.state() == IntakeFile.State.FAILED) {
                return new Claim.AlreadyFailed(current);
            }
            boolean held = tx.execute("select lease_owner is not null and lease_until > now() from intake_file where file_id = $1",
                    Tuple.of(current.fileId())).iterator().next().getBoolean(0);
            if (held) {
                return new Claim.HeldElsewhere(current, "held by another invocation");
            }
            boolean siblingHeld = tx.execute("""
                    select 1 from intake_file where bucket = $1 and object_key = $2 and file_id <> $3
                      and lease_owner is not null and lease_until > now() limit 1""",
                    Tuple.of(o.bucket(), o.key(), current.fileId())).iterator().hasNext();
            if (siblingHeld) {
                return new Claim.HeldElsewhere(current, "another version of this key is being processed");
            }
            if (Boolean.TRUE.equals(tx.execute("select attempt_open from intake_file where file_id = $1",
                    Tuple.of(current.fileId())).iterator().next().getBoolean(0))) {
                tx.execute(failureSql(false), Tuple.of(current.fileId(), DIED));
            }
            IntakeFile granted = IntakeFile.of(tx.execute("""
                    update intake_file set lease_owner = $2, lease_until = now() + make_interval(secs => $3),
                        invocations = invocations + 1, attempt_open = true, last_activity_at = now()
                    where file_id = $1 returning *""",
                    Tuple.of(current.fileId(), owner, (double) lease.toMillis() / 1000)).iterator().next());
            tx.commit();
            return new Claim.Granted(granted);
        }
    }

    /** Extends the lease while the holder works; false when it is no longer the holder. */
    boolean renew(long fileId, String owner, Duration lease) {
        return pool.preparedQuery("""
                update intake_file set lease_until = now() + make_interval(secs => $3), last_activity_at = now()
                where file_id = $1 and lease_owner = $2""")
                .execute(Tuple.of(fileId, owner, (double) lease.toMillis() / 1000)).await().indefinitely().rowCount() == 1;
    }

    /**
     * Records a failed attempt by the lease holder (the error's class, never its message); the holder
     * still releases the lease (or ends the file FAILED) afterwards. Empty when {@code owner} no longer holds the file (then the failure is not its to count).
     */
    Optional<IntakeFile> recordFailure(long fileId, String owner, String errorClass) {
        RowSet<Row> rs = pool.preparedQuery(failureSql(true)).execute(Tuple.of(fileId, errorClass, owner))
                .await().indefinitely();
        return rs.size() == 0 ? Optional.empty() : Optional.of(IntakeFile.of(rs.iterator().next()));
    }

    private static String failureSql(boolean byHolder) {
        return """
                update intake_file set
                    step_failures = case when failure_marker = (%1$s) then step_failures + 1 else 1 end,
                    failure_marker = %1$s, failed_step = state, last_error_class = $2, attempt_open = false,
                    last_activity_at = now()
                where file_id = $1%2$s
                returning *""".formatted(MARKER, byHolder ? " and lease_owner = $3" : "");
    }

    IntakeFile reload(long fileId) {
        return IntakeFile.of(pool.preparedQuery("select * from intake_file where file_id = $1")
                .execute(Tuple.of(fileId)).await().indefinitely().iterator().next());
    }

    /** Ends this invocation's attempt cleanly; the next invocation (a continuation or a redelivery) may take the file at once. */
    void release(long fileId, String owner) {
        pool.preparedQuery("""
                update intake_file set lease_owner = null, lease_until = null, attempt_open = false, last_activity_at = now()
                where file_id = $1 and lease_owner = $2""")
                .execute(Tuple.of(fileId, owner)).await().indefinitely();
    }

    void complete(IntakeFile f, String outcome, String message, JsonObject report, String reportKey) {
        fenced(pool.preparedQuery("""
                update intake_file set state = 'COMPLETE', outcome = $2, message = $3, report = $4, report_key = $6,
                    completed_at = coalesce(completed_at, now()), lease_owner = null, lease_until = null,
                    attempt_open = false, last_activity_at = now()
                where file_id = $1 and lease_owner = $5""")
                .execute(Tuple.of(f.fileId(), outcome, message, report, f.leaseOwner(), reportKey)).await().indefinitely());
    }

    /** The terminal FAILED state: never retried again; a new version of the object is a new file. */
    void fail(IntakeFile f, String message, JsonObject report, String reportKey) {
        fenced(pool.preparedQuery("""
                update intake_file set state = 'FAILED', outcome = 'FAILED', message = $2, report = $3, report_key = $5,
                    completed_at = now(), lease_owner = null, lease_until = null, attempt_open = false,
                    last_activity_at = now()
                where file_id = $1 and lease_owner = $4""")
                .execute(Tuple.of(f.fileId(), message, report, f.leaseOwner(), reportKey)).await().indefinitely());
    }

    /** Marks the file rejected before the final report is written (keeps the message for the retry). */
    void markRejected(IntakeFile f, String message) {
        fenced(pool.preparedQuery("update intake_file set outcome = 'REJECTED', message = $2 where file_id = $1 and lease_owner = $3")
                .execute(Tuple.of(f.fileId(), message, f.leaseOwner())).await().indefinitely());
    }

    /**
     * True when a version of the same key that S3 wrote later (a greater sequencer) has already been
     * applied: applying this one now would put older rows over newer ones.
     */
    boolean newerVersionApplied(IntakeFile f) {
        if (f.sequencer() == null || f.appliedAt() != null) {
            return false;
        }
        return pool.preparedQuery("""
                select 1 from intake_file o
                where o.bucket = $1 and o.object_key = $2 and o.file_id <> $3 and o.applied_at is not null
                  and o.sequencer is not null
                  and rpad(upper(o.sequencer), 64, '0') > rpad(upper($4), 64, '0')
                limit 1""")
                .execute(Tuple.of(f.bucket(), f.key(), f.fileId(), f.sequencer())).await().indefinitely().iterator().hasNext();
    }

    void dropStage(IntakeFile f) {
        boolean exists = pool.preparedQuery("select to_regclass($1) is not null").execute(Tuple.of(f.stageTable()))
                .await().indefinitely().iterator().next().getBoolean(0);
        if (exists) {
            pool.query("drop table if exists " + f.stageTable()).execute().await().indefinitely();
        }
    }

    Optional<IntakeFile> find(long fileId) {
        RowSet<Row> rs = pool.preparedQuery("select * from intake_file where file_id = $1").execute(Tuple.of(fileId))
                .await().indefinitely();
        return rs.size() == 0 ? Optional.empty() : Optional.of(IntakeFile.of(rs.iterator().next()));
    }

    /** Non-terminal files nobody holds whose last activity is older than {@code idle}: they have stopped moving. */
    StalledFiles stalled(Duration idle) {
        Row r = pool.preparedQuery("""
                select count(*), coalesce(extract(epoch from now() - min(last_activity_at)), 0)::bigint,
                       coalesce(array_agg(file_id order by file_id) filter (where true), '{}')
                from (select file_id, last_activity_at from intake_file
                      where state not in ('COMPLETE', 'FAILED') and last_activity_at < now() - make_interval(secs => $1)
                        and (lease_until is null or lease_until < now())
                      order by last_activity_at limit 100) s""")
                .execute(Tuple.of((double) idle.toSeconds())).await().indefinitely().iterator().next();
        Long[] ids = r.getArrayOfLongs(2);
        return new StalledFiles(r.getLong(0), r.getLong(1), ids == null ? List.of() : List.of(ids));
    }

    /** Fails the statement's transaction when the update found no row held by this invocation. */
    static RowSet<Row> fenced(RowSet<Row> rs) {
        if (rs.rowCount() == 0) {
            throw new LeaseLostException();
        }
        return rs;
    }

    static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
