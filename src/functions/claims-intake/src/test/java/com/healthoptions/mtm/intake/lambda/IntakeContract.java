package com.healthoptions.mtm.intake.lambda;

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
 * The function's event and answer shapes as JSON Schemas kept beside the code ({@code contract/}), held to every
 * answered invocation of the tests (networknt json-schema-validator, draft 2020-12). An event with a record the
 * function answered IGNORED is meant to break the event schema (forged-event tests), so only its answer is checked.
 */
final class IntakeContract {

    static final Path EVENT = Path.of("contract", "event.schema.json");
    static final Path ANSWER = Path.of("contract", "answer.schema.json");
    private static final Schema EVENT_SCHEMA = load(EVENT);
    private static final Schema ANSWER_SCHEMA = load(ANSWER);

    private IntakeContract() {
    }

    private static Schema load(Path file) {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(file), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws AssertionError naming each broken rule */
    static void check(String event, String answer) {
        List<Error> answerErrors = ANSWER_SCHEMA.validate(answer, InputFormat.JSON);
        if (!answerErrors.isEmpty()) {
            throw new AssertionError("the answer breaks " + ANSWER + ": " + answerErrors);
        }
        if (answer.contains("\"IGNORED\"")) {
            return;
        }
        List<Error> eventErrors = EVENT_SCHEMA.validate(event, InputFormat.JSON);
        if (!eventErrors.isEmpty()) {
            throw new AssertionError("an event the function accepted breaks " + EVENT + ": " + eventErrors);
        }
    }
}
