package com.healthoptions.mtm.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The same document in OpenAPI 3.0 notation, for the validator only. swagger-request-validator 2.46.1
 * parses 3.1 documents but then checks no {@code type} of their schemas (3.1 types land where its JSON
 * Schema validator does not look: a string where an integer is declared passes), while enums and required
 * fields are checked. Rewritten: {@code type: [X, "null"]} becomes {@code type: X, nullable: true}; an
 * {@code anyOf}/{@code oneOf} member {@code {type: "null"}} becomes {@code nullable: true} (the {@code $ref}
 * beside a declared type is dropped, since 3.0 ignores siblings of {@code $ref}); schema {@code examples}
 * become {@code example}; the licence loses its 3.1-only identifier. Nothing else changes.
 */
final class AsOpenApi30 {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private AsOpenApi30() {
    }

    static String rewrite(String document) {
        try {
            JsonNode root = YAML.readTree(document);
            if (!root.path("openapi").asText().startsWith("3.1")) {
                return document;
            }
            ObjectNode doc = (ObjectNode) root;
            doc.put("openapi", "3.0.3");
            if (doc.path("info").path("license") instanceof ObjectNode license) {
                license.remove("identifier");
            }
            walk(doc);
            return YAML.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("not an OpenAPI document", e);
        }
    }

    private static void walk(JsonNode node) {
        if (node instanceof ArrayNode array) {
            array.forEach(AsOpenApi30::walk);
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        object.forEach(AsOpenApi30::walk);
        if (object.get("type") instanceof ArrayNode types) {
            List<String> named = new ArrayList<>();
            types.forEach(t -> named.add(t.asText()));
            if (named.remove("null")) {
                object.put("nullable", true);
            }
            if (named.size() == 1) {
                object.put("type", named.get(0));
            } else {
                object.remove("type");
            }
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (object.get(combinator) instanceof ArrayNode members) {
                for (int i = members.size() - 1; i >= 0; i--) {
                    if (members.get(i).path("type").asText().equals("null") && members.get(i).size() == 1) {
                        members.remove(i);
                        object.put("nullable", true);
                    }
                }
                if (members.isEmpty() || object.has("type") && members.size() == 1 && members.get(0).has("$ref")) {
                    object.remove(combinator);
                }
            }
        }
        if (object.get("examples") instanceof ArrayNode examples && !examples.isEmpty()) {
            object.set("example", examples.get(0));
            object.remove("examples");
        }
    }
}
