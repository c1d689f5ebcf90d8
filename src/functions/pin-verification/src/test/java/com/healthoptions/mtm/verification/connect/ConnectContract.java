package com.healthoptions.mtm.verification.connect;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The function's event and answer shapes as JSON Schemas kept beside the code ({@code contract/}), held to
 * every invocation of the tests (networknt json-schema-validator, draft 2020-12). An event the function
 * answers INVALID_INPUT is meant to break the event schema (hostile-input tests), so only its answer is checked.
 */
final class ConnectContract {

    static final Path EVENT = Path.of("contract", "event.schema.json");
    static final Path ANSWER = Path.of("contract", "answer.schema.json");
    private static final Schema EVENT_SCHEMA = load(EVENT);
    private static final Schema ANSWER_SCHEMA = load(ANSWER);

    private ConnectContract() {
    }

    private static Schema load(Path file) {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(file), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws AssertionError naming each broken rule (the schema's words, never the event's values) */
    static void check(String event, String answer) {
        List<Error> answerErrors = ANSWER_SCHEMA.validate(answer, InputFormat.JSON);
        if (!answerErrors.isEmpty()) {
            throw new AssertionError("the answer breaks " + ANSWER + ": " + answerErrors);
        }
        if (answer.contains("\"INVALID_INPUT\"")) {
            return;
        }
        List<Error> eventErrors = EVENT_SCHEMA.validate(event, InputFormat.JSON);
        if (!eventErrors.isEmpty()) {
            throw new AssertionError("an event the function accepted breaks " + EVENT + ": " + eventErrors);
        }
    }
}
