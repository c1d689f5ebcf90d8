package com.healthoptions.mtm.intake.lambda;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The handler's answer: what happened to each record of the event. */
@RegisterForReflection
public record IntakeInvocationResult(List<Outcome> records) {

    @RegisterForReflection
    public record Outcome(String key, String status, Long fileId, String reportKey) {
    }
}
