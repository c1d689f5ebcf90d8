package com.healthoptions.mtm.cmr.lambda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The function's event. From EventBridge Scheduler, the input the daily schedule declares (Scheduler fills in the
 * context attributes): {@code {"scheduledTime":"2026-06-30T11:30:00Z","scheduleArn":"…","executionId":"…",
 * "attemptNumber":"1"}}. On demand for every CMR due: {@code {"date":"2026-06-30"}}; for one CMR:
 * {@code {"cmrId":"CMR-2026-0412","date":"2026-06-30"}} (the date, the summary's date prepared, defaults to today).
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record CmrSummaryRequest(String scheduledTime, String scheduleArn, String executionId, String attemptNumber,
        String time, String date, String cmrId) {
}
