package com.healthoptions.mtm.intake;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.jboss.logging.Logger;

/**
 * The report of one object version, {@code reports/<key>/<version>.json}, and the terminal state written
 * after it: the report lands first, then the file is marked terminal, so a crash in between redoes this
 * step and never loses the report. Reports name rows by line, column and reason, never a value.
 */
final class IntakeReport {

    private static final Logger LOG = Logger.getLogger(ClaimsIntake.class);

    /** S3's limit on a key's length, in UTF-8 bytes. */
    static final int MAX_KEY_BYTES = 1024;

    private final Pool pool;
    private final IntakeFiles files;
    private final Clock clock;
    private final double rejectThreshold;
    private final int rejectionsListed;

    IntakeReport(Pool pool, IntakeFiles files, Clock clock, double rejectThreshold, int rejectionsListed) {
        this.pool = pool;
        this.files = files;
        this.clock = clock;
        this.rejectThreshold = rejectThreshold;
        this.rejectionsListed = rejectionsListed;
    }

    /** Ends the file {@code REJECTED}: its staging table goes, nothing applies. */
    IntakeResult rejected(IntakeObject object, IntakeFile file, String message, IntakeOutputs outputs) {
        files.dropStage(file);
        return finish(object, files.reload(file.fileId()), "REJECTED", message, outputs);
    }

    /** Ends the file with {@code outcome}, listing the rejections the database holds for it. */
    IntakeResult finish(IntakeObject object, IntakeFile file, String outcome, String message, IntakeOutputs outputs) {
        JsonArray rejections = new JsonArray();
        pool.preparedQuery("""
                select line, column_name, reason from intake_rejection where file_id = $1 order by line limit $2""")
                .execute(Tuple.of(file.fileId(), rejectionsListed)).await().indefinitely()
                .forEach(r -> rejections.add(rejection(r.getLong(0), r.getString(1), r.getString(2))));
        return complete(object, file, outcome, message, rejections, outputs);
    }

    /** Ends the file with {@code outcome} and the given rejections (a reference loader's own). */
    IntakeResult complete(IntakeObject object, IntakeFile file, String outcome, String message, JsonArray rejections,
            IntakeOutputs outputs) {
        long touched = pool.preparedQuery("select count(*) from intake_touched where file_id = $1")
                .execute(Tuple.of(file.fileId())).await().indefinitely().iterator().next().getLong(0);
        OffsetDateTime completedAt = file.completedAt() != null ? file.completedAt()
                : OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
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
        outputs.put(reportKey, "application/json", report.encodePrettily().getBytes(StandardCharsets.UTF_8));
        files.complete(file, outcome, message, report, reportKey);
        LOG.infof("file %d (%s): %s, %d rows read, %d applied, %d rejected, %d re-evaluated, %d enrolled",
                file.fileId(), file.kind(), outcome, file.rowsRead(), report.getLong("rowsApplied"),
                file.rowsRejected(), file.membersEvaluated(), file.newlyEnrolled());
        return new IntakeResult(file.key(), IntakeResult.Status.valueOf(outcome), file.fileId(), reportKey);
    }

    /**
     * Ends a poison file: a report naming the step, the error's class and the attempts (no message, no
     * row), then the terminal state. Real tables keep whatever the file had applied atomically.
     */
    IntakeResult failed(IntakeObject object, IntakeFile file, String errorClass, String reason, IntakeOutputs outputs) {
        files.dropStage(file);
        String step = file.failedStep() != null ? file.failedStep() : file.state().name();
        OffsetDateTime completedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
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

    /** A redelivery of a completed version: a {@code DUPLICATE} report carrying the original; nothing changes. */
    IntakeResult duplicate(IntakeFile done, IntakeOutputs outputs, Instant started) {
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

    /**
     * Where the report of one object version goes: {@code reports/<input key>/<version>.json}, each version
     * its own report. A version id with characters other than letters, digits, '.', '_' and '-' is named by
     * its SHA-256; when the key would exceed S3's 1,024 bytes the input key is hashed too
     * ({@code reports/hashed/<sha-256 of the key>/<version>.json}; the report itself names the key).
     */
    static String reportKey(String inputKey, String objectVersion) {
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

    static JsonObject rejection(long line, String column, String reason) {
        return new JsonObject().put("line", line).put("column", column).put("reason", reason);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
