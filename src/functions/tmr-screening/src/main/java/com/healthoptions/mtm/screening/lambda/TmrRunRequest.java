package com.healthoptions.mtm.screening.lambda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The function's event. From EventBridge Scheduler, the input the quarterly schedule declares (Scheduler fills in
 * the context attributes): {@code {"scheduledTime":"2026-07-01T11:00:00Z","scheduleArn":"…","executionId":"…",
 * "attemptNumber":"1"}}. On demand for the whole program: {@code {"date":"2026-06-30"}}; for one member:
 * {@code {"memberId":"M000123","date":"2026-06-30"}} (the date defaults to today).
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record TmrRunRequest(String scheduledTime, String scheduleArn, String executionId, String attemptNumber,
        String time, String date, String memberId) {
}
