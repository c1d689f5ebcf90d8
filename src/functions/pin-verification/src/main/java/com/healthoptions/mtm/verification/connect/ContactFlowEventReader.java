package com.healthoptions.mtm.verification.connect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the raw invocation payload into a {@link ContactFlowEvent}. The handler takes bytes, not a bound
 * type, so that a body Connect would never send (not JSON, too deep, duplicate keys, wrong shapes) becomes
 * an INVALID_INPUT answer instead of a runtime error whose message could quote the body.
 */
final class ContactFlowEventReader {

    /** Connect's own payloads are a few KB; contact attributes are capped at 32 KB. */
    static final int MAX_EVENT_BYTES = 256 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32).maxStringLength(64 * 1024).maxNumberLength(64).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private ContactFlowEventReader() {
    }

    /** The event, or empty when the body is not a JSON object (the reason is deliberately not kept). */
    static Optional<ContactFlowEvent> read(byte[] body) {
        if (body.length == 0 || body.length > MAX_EVENT_BYTES) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        JsonNode details = root.path("Details");
        JsonNode contact = details.path("ContactData");
        JsonNode endpoint = contact.path("CustomerEndpoint");
        Map<String, String> parameters = new HashMap<>();
        Set<String> nonString = new HashSet<>();
        JsonNode params = details.path("Parameters");
        if (params.isObject()) {
            for (Map.Entry<String, JsonNode> p : params.properties()) {
                if (p.getValue().isTextual()) {
                    parameters.put(p.getKey(), p.getValue().textValue());
                } else {
                    nonString.add(p.getKey());
                }
            }
        }
        Map<String, String> topLevel = new HashMap<>();
        for (Map.Entry<String, JsonNode> p : root.properties()) {
            if (p.getValue().isTextual()) {
                topLevel.put(p.getKey(), p.getValue().textValue());
            }
        }
        return Optional.of(new ContactFlowEvent(text(root.path("Name")), text(contact.path("ContactId")),
                text(contact.path("InitiationMethod")), text(contact.path("Channel")), text(endpoint.path("Address")),
                text(endpoint.path("Type")), Map.copyOf(parameters), Set.copyOf(nonString), Map.copyOf(topLevel)));
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.textValue() : null;
    }
}
