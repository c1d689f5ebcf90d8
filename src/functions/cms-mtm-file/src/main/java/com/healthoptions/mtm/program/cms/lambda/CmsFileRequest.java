package com.healthoptions.mtm.program.cms.lambda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The function's event. From EventBridge Scheduler, the input the schedule declares (context attributes
 * filled in by Scheduler): {@code {"scheduledTime":"2027-02-01T12:00:00Z","scheduleArn":"…","executionId":"…",
 * "attemptNumber":"1"}}. On demand, any of {@code planYear}, {@code contracts}, {@code date} (the build
 * date, YYYY-MM-DD) and {@code rebuild}. An EventBridge rule's scheduled event ({@code time}) is read too.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record CmsFileRequest(String scheduledTime, String scheduleArn, String executionId, String attemptNumber,
        String time, Integer planYear, List<String> contracts, String date, Boolean rebuild) {
}
