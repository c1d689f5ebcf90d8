package com.healthoptions.mtm.program.worklist.lambda;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/**
 * The handler's answer: {@code WRITTEN}, {@code ALREADY_WRITTEN} (the day's list exists; nothing rewritten) or
 * {@code INVALID_INPUT}; the keys written; the count per item and status.
 */
@RegisterForReflection
public record WorkListAnswer(String status, String message, String date, String listKey, String summaryKey,
        Long items, Map<String, Map<String, Long>> byItem) {
}
