package com.healthoptions.mtm.intake.lambda;

import com.healthoptions.mtm.testing.JsonSchemaContract;
import java.nio.file.Path;

/**
 * The function's event and answer shapes as JSON Schemas kept beside the code ({@code contract/}), held to every
 * answered invocation of the tests. An event with a record the function answered IGNORED is meant to break the
 * event schema (forged-event tests), so only its answer is checked.
 */
final class IntakeContract {

    static final Path EVENT = Path.of("contract", "event.schema.json");
    static final Path ANSWER = Path.of("contract", "answer.schema.json");
    private static final JsonSchemaContract CONTRACT = new JsonSchemaContract(EVENT, ANSWER, "IGNORED");

    private IntakeContract() {
    }

    /** @throws AssertionError naming each broken rule */
    static void check(String event, String answer) {
        CONTRACT.check(event, answer);
    }
}
