package com.healthoptions.mtm.testing;

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
 * A Lambda handler's event and answer shapes as JSON Schemas kept beside its code ({@code contract/}), held to
 * every answered invocation of its tests (networknt json-schema-validator, draft 2020-12). An answer carrying the
 * handler's refusal ({@code refusal}, e.g. {@code "INVALID_INPUT"}) was given to an event that is meant to break
 * the event schema (hostile-input tests), so only the answer is checked then.
 */
public final class JsonSchemaContract {

    private final Path eventFile;
    private final Path answerFile;
    private final Schema event;
    private final Schema answer;
    private final String refusal;

    public JsonSchemaContract(Path eventFile, Path answerFile, String refusal) {
        this.eventFile = eventFile;
        this.answerFile = answerFile;
        this.event = load(eventFile);
        this.answer = load(answerFile);
        this.refusal = "\"" + refusal + "\"";
    }

    /**
     * The contract of the function whose tests run: {@code contract/event.schema.json} and
     * {@code contract/answer.schema.json} of the module; {@code refusal} as for the constructor.
     */
    public static JsonSchemaContract ofThisFunction(String refusal) {
        return new JsonSchemaContract(Path.of("contract", "event.schema.json"), Path.of("contract", "answer.schema.json"),
                refusal);
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
    public void check(String eventJson, String answerJson) {
        List<Error> answerErrors = answer.validate(answerJson, InputFormat.JSON);
        if (!answerErrors.isEmpty()) {
            throw new AssertionError("the answer breaks " + answerFile + ": " + answerErrors);
        }
        if (answerJson.contains(refusal)) {
            return;
        }
        List<Error> eventErrors = event.validate(eventJson, InputFormat.JSON);
        if (!eventErrors.isEmpty()) {
            throw new AssertionError("an event the function accepted breaks " + eventFile + ": " + eventErrors);
        }
    }
}
