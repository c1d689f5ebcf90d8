package com.healthoptions.mtm.program.worklist.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.healthoptions.mtm.program.ProgramOutputs;
import com.healthoptions.mtm.program.worklist.ProgramWorkList;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import io.vertx.core.json.JsonObject;
import java.time.format.DateTimeParseException;
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
        LocalDate day;
        try {
            day = day(event == null ? new WorkListRequest(null, null, null, null, null, null) : event);
        } catch (DateTimeParseException e) {
            return new WorkListAnswer("INVALID_INPUT", "scheduledTime, time or date is not an ISO date or time", null,
                    null, null, null, null);
        }
        if (day.isAfter(LocalDate.now(clock).plusDays(1)) || day.getYear() < 2006) {
            return new WorkListAnswer("INVALID_INPUT", "date must not be in the future", day.toString(), null, null, null,
                    null);
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

    private LocalDate day(WorkListRequest e) {
        String when = e.scheduledTime() != null ? e.scheduledTime() : e.time();
        if (when != null) {
            return OffsetDateTime.parse(when).atZoneSameInstant(clock.getZone()).toLocalDate();
        }
        return e.date() != null ? LocalDate.parse(e.date()) : LocalDate.now(clock);
    }
}
