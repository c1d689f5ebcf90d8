package com.healthoptions.mtm.program.worklist.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.healthoptions.mtm.program.ProgramOutputs;
import com.healthoptions.mtm.program.RunDay;
import com.healthoptions.mtm.program.worklist.ProgramWorkList;
import java.time.Clock;
import java.time.LocalDate;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the day's MTM work list. The day is the scheduled time's date in the plan's time zone (so a retried
 * or re-fired schedule names the same day, already written), else {@code date}, else today.
 */
public class ProgramWorkListHandler implements RequestHandler<WorkListRequest, WorkListAnswer> {

    private final ProgramWorkList workList;
    private final ProgramOutputs bucket;
    private final Clock clock;

    public ProgramWorkListHandler(ProgramWorkList workList, ProgramOutputs bucket, Clock clock) {
        this.workList = workList;
        this.bucket = bucket;
        this.clock = clock;
    }

    @Override
    public WorkListAnswer handleRequest(WorkListRequest event, Context context) {
        WorkListRequest request = event == null ? new WorkListRequest(null, null, null, null, null, null) : event;
        LocalDate day;
        try {
            day = RunDay.of(request.scheduledTime(), request.time(), request.date(), clock);
        } catch (RunDay.InvalidRunDayException ex) {
            return new WorkListAnswer("INVALID_INPUT", ex.getMessage(), null, null, null, null, null);
        }
        if (!RunDay.inRange(day, clock)) {
            return new WorkListAnswer("INVALID_INPUT", RunDay.NOT_IN_RANGE, day.toString(), null, null, null, null);
        }
        String requestId = context != null && context.getAwsRequestId() != null ? context.getAwsRequestId()
                : "local-" + System.nanoTime();
        ProgramWorkList.Result r = workList.write(day, bucket, requestId);
        // Plain maps: the answer is serialised by Jackson, which does not know Vert.x JSON types.
        Map<String, Map<String, Long>> byItem = new LinkedHashMap<>();
        JsonObject counts = r.summary().getJsonObject("byItem");
        for (String item : counts.fieldNames()) {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            counts.getJsonObject(item).forEach(e -> byStatus.put(e.getKey(), ((Number) e.getValue()).longValue()));
            byItem.put(item, byStatus);
        }
        return new WorkListAnswer(r.status(), null, day.toString(), r.listKey(), r.summaryKey(),
                r.summary().getLong("items"), byItem);
    }
}
