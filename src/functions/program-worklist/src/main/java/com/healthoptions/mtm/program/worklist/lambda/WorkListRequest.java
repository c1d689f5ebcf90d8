package com.healthoptions.mtm.program.worklist.lambda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The function's event. From EventBridge Scheduler, the input the daily schedule declares (Scheduler fills in
 * the context attributes): {@code {"scheduledTime":"2026-06-30T10:00:00Z","scheduleArn":"…","executionId":"…",
 * "attemptNumber":"1"}}. On demand: {@code {"date":"2026-06-30"}}. An EventBridge rule's scheduled event
 * ({@code time}) is read too.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkListRequest(String scheduledTime, String scheduleArn, String executionId, String attemptNumber,
        String time, String date) {
}
