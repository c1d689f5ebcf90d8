package com.healthoptions.mtm.verification.connect;

import com.healthoptions.mtm.testing.JsonSchemaContract;
import java.nio.file.Path;

/**
 * The function's event and answer shapes as JSON Schemas kept beside the code ({@code contract/}), held to
 * every invocation of the tests. An event the function answers INVALID_INPUT is meant to break the event schema
 * (hostile-input tests), so only its answer is checked.
 */
final class ConnectContract {

    static final Path EVENT = Path.of("contract", "event.schema.json");
    static final Path ANSWER = Path.of("contract", "answer.schema.json");
    private static final JsonSchemaContract CONTRACT = new JsonSchemaContract(EVENT, ANSWER, "INVALID_INPUT");

    private ConnectContract() {
    }

    /** @throws AssertionError naming each broken rule (the schema's words, never the event's values) */
    static void check(String event, String answer) {
        CONTRACT.check(event, answer);
    }
}
