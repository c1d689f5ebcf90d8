package com.healthoptions.mtm.intake;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** One row of {@code intake_file}: a received object version, where its processing stands. */
record IntakeFile(long fileId, String bucket, String key, String objectVersion, String kind, State state,
        String outcome, List<String> header, long bytesDone, long linesDone, long rowsRead, long rowsStaged,
        long rowsRejected, long rowsApplied, Integer evalAfterYear, String evalAfterMember, long membersEvaluated,
        long newlyEnrolled, List<Integer> planYears, String outreachKey, String message, JsonObject report,
        int invocations, OffsetDateTime receivedAt, OffsetDateTime completedAt, String leaseOwner, String sequencer,
        OffsetDateTime appliedAt, int stepFailures, String failedStep, String lastErrorClass, String reportKey) {

    /** Processing steps, each one committed before the next begins; COMPLETE and FAILED are terminal. */
    enum State { STAGING, STAGED, CHECKED, APPLIED, EVALUATED, COMPLETE, FAILED;

        boolean terminal() {
            return this == COMPLETE || this == FAILED;
        }
    }

    /** Staging lives in its own schema: only intake may create tables there, and no other role may read them. */
    String stageTable() {
        return "intake_stage.file_" + fileId;
    }

    static IntakeFile of(Row r) {
        String[] header = r.getArrayOfStrings("header");
        Integer[] years = r.getArrayOfIntegers("plan_years");
        Object report = r.getValue("report");
        return new IntakeFile(r.getLong("file_id"), r.getString("bucket"), r.getString("object_key"),
                r.getString("object_version"), r.getString("kind"), State.valueOf(r.getString("state")),
                r.getString("outcome"), header == null ? null : List.of(header), r.getLong("bytes_done"),
                r.getLong("lines_done"), r.getLong("rows_read"), r.getLong("rows_staged"), r.getLong("rows_rejected"),
                r.getLong("rows_applied"), r.getInteger("eval_after_year"), r.getString("eval_after_member"),
                r.getLong("members_evaluated"), r.getLong("newly_enrolled"),
                years == null ? List.of() : Arrays.asList(years), r.getString("outreach_key"), r.getString("message"),
                report instanceof JsonObject j ? j : null, r.getInteger("invocations"),
                r.getOffsetDateTime("received_at"), r.getOffsetDateTime("completed_at"), r.getString("lease_owner"),
                r.getString("sequencer"), r.getOffsetDateTime("applied_at"), r.getInteger("step_failures"),
                r.getString("failed_step"), r.getString("last_error_class"), r.getString("report_key"));
    }
}
