package com.healthoptions.mtm.intake.lambda;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The handler's answer: what happened to each record of the event; for the scheduled sweep, how many
 * files have stopped moving.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeInvocationResult(List<Outcome> records, Long stalledFiles) {

    public IntakeInvocationResult(List<Outcome> records) {
        this(records, null);
    }

    @RegisterForReflection
    public record Outcome(String key, String status, Long fileId, String reportKey) {
    }
}
