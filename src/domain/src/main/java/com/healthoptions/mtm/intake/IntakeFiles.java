package com.healthoptions.mtm.intake;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The processed-files table: registers an object version once, hands it to one invocation at a time
 * (a lease that ends with the invocation's deadline), and records each step.
 */
@ApplicationScoped
class IntakeFiles {

    /** The outcome of asking for a file. */
    sealed interface Claim {
        record Granted(IntakeFile file) implements Claim {
        }

        record AlreadyComplete(IntakeFile file) implements Claim {
        }

        record HeldElsewhere(IntakeFile file) implements Claim {
        }
    }

    private final Pool pool;

    IntakeFiles(Pool pool) {
        this.pool = pool;
    }

    Claim claim(IntakeObject o, String kind, String owner, Instant leaseUntil) {
        Tuple key = Tuple.of(o.bucket(), o.key(), o.objectVersion());
        pool.preparedQuery("""
                insert into intake_file (bucket, object_key, object_version, kind) values ($1, $2, $3, $4)
                on conflict (bucket, object_key, object_version) do nothing""")
                .execute(Tuple.of(o.bucket(), o.key(), o.objectVersion(), kind)).await().indefinitely();
        RowSet<Row> granted = pool.preparedQuery("""
                update intake_file set lease_owner = $4, lease_until = $5, invocations = invocations + 1
                where bucket = $1 and object_key = $2 and object_version = $3 and state <> 'COMPLETE'
                  and (lease_until is null or lease_until < now())
                returning *""")
                .execute(Tuple.of(o.bucket(), o.key(), o.objectVersion(), owner, utc(leaseUntil)))
                .await().indefinitely();
        if (granted.size() > 0) {
            return new Claim.Granted(IntakeFile.of(granted.iterator().next()));
        }
        IntakeFile current = IntakeFile.of(pool.preparedQuery(
                "select * from intake_file where bucket = $1 and object_key = $2 and object_version = $3")
                .execute(key).await().indefinitely().iterator().next());
        return current.state() == IntakeFile.State.COMPLETE
                ? new Claim.AlreadyComplete(current)
                : new Claim.HeldElsewhere(current);
    }

    IntakeFile reload(long fileId) {
        return IntakeFile.of(pool.preparedQuery("select * from intake_file where file_id = $1")
                .execute(Tuple.of(fileId)).await().indefinitely().iterator().next());
    }

    /** Lets the next invocation (a continuation or a redelivery) take the file at once. */
    void release(long fileId, String owner) {
        pool.preparedQuery("update intake_file set lease_owner = null, lease_until = null where file_id = $1 and lease_owner = $2")
                .execute(Tuple.of(fileId, owner)).await().indefinitely();
    }

    void complete(long fileId, String outcome, String message, JsonObject report) {
        pool.preparedQuery("""
                update intake_file set state = 'COMPLETE', outcome = $2, message = $3, report = $4,
                    completed_at = coalesce(completed_at, now()), lease_owner = null, lease_until = null
                where file_id = $1""")
                .execute(Tuple.of(fileId, outcome, message, report)).await().indefinitely();
    }

    /** Marks the file rejected before the final report is written (keeps the message for the retry). */
    void markRejected(long fileId, String message) {
        pool.preparedQuery("update intake_file set outcome = 'REJECTED', message = $2 where file_id = $1")
                .execute(Tuple.of(fileId, message)).await().indefinitely();
    }

    void dropStage(IntakeFile f) {
        boolean exists = pool.preparedQuery("select to_regclass($1) is not null").execute(Tuple.of(f.stageTable()))
                .await().indefinitely().iterator().next().getBoolean(0);
        if (exists) {
            pool.query("drop table " + f.stageTable()).execute().await().indefinitely();
        }
    }

    Optional<IntakeFile> find(long fileId) {
        RowSet<Row> rs = pool.preparedQuery("select * from intake_file where file_id = $1").execute(Tuple.of(fileId))
                .await().indefinitely();
        return rs.size() == 0 ? Optional.empty() : Optional.of(IntakeFile.of(rs.iterator().next()));
    }

    static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
