package com.healthoptions.mtm.http.openapi;

import com.healthoptions.mtm.http.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every HTTP function's OpenAPI document says the same way, applied at build time so the served
 * document and the one stored under target/openapi are identical: the server, the licence, the RFC 9457
 * problem schema as {@link Problem} emits it, the statuses any operation can get whatever its resource
 * declares (413/415 with a body, 429 from API Gateway's throttle, 500), problem+json content on every
 * error a resource declares without one, {@code Retry-After} on every 503, and {@code null} in the enum
 * of a nullable enumerated field (smallrye adds {@code "null"} to the type but not to the enum, so such a
 * field could never be null).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class HttpContractFilter implements OASFilter {

    /** Response extension naming who answers with that status: the function (default), API Gateway, or both. */
    public static final String ANSWERED_BY = "x-answered-by";
    public static final String API_GATEWAY = "api-gateway";
    public static final String FUNCTION_AND_API_GATEWAY = "function, api-gateway";

    static final String PROBLEM = "Problem";
    static final String GATEWAY_MESSAGE = "GatewayMessage";
    static final String RETRY_AFTER = "Retry-After";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        // Relative: each function is the whole of its HTTP API's $default stage, whatever its domain name.
        api.setServers(List.of(OASFactory.createServer().url("/")
                .description("The function's API Gateway HTTP API (its $default stage); the domain is the deployment's")));
        if (api.getInfo() == null) {
            api.setInfo(OASFactory.createInfo());
        }
        api.getInfo().license(OASFactory.createLicense().name("Proprietary, Health Options internal use")
                .identifier("LicenseRef-HealthOptions-Proprietary"));
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        components.addSchema(GATEWAY_MESSAGE, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("API Gateway's own answer (throttling, authorizer): the function never saw the request")
                .addRequired("message")
                .addProperty("message", OASFactory.createSchema().addType(SchemaType.STRING))
                .examples(List.of(Map.of("message", "Too Many Requests"))));
        components.addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)));
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(HttpContractFilter::allowNullInEnums);
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(HttpContractFilter::completeResponses));
    }

    private static void completeResponses(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "The body is larger than the function accepts (1 MB, mtm.http.max-body-bytes)");
            addIfAbsent(responses, "415", "The body is not application/json");
        }
        addIfAbsent(responses, "429", "Throttled by API Gateway (too many requests); retry later");
        responses.getAPIResponse("429").addExtension(ANSWERED_BY, API_GATEWAY);
        addIfAbsent(responses, "500", "An unexpected fault; the request was not applied");
        Map<String, APIResponse> sorted = new java.util.TreeMap<>(responses.getAPIResponses());
        sorted.forEach((code, response) -> {
            if (!code.startsWith("4") && !code.startsWith("5")) {
                return;
            }
            if (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty()) {
                String answeredBy = code.equals("429") ? API_GATEWAY : answeredBy(response);
                Content content = OASFactory.createContent();
                if (!answeredBy.equals(API_GATEWAY)) {
                    content.addMediaType(Problem.MEDIA_TYPE, media(PROBLEM,
                            example(Integer.parseInt(code), response.getDescription())));
                }
                if (answeredBy.contains(API_GATEWAY)) {
                    content.addMediaType("application/json", media(GATEWAY_MESSAGE, null));
                }
                response.setContent(content);
            }
            if (code.equals("503") && (response.getHeaders() == null || !response.getHeaders().containsKey(RETRY_AFTER))) {
                response.addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER));
            }
        });
        responses.setAPIResponses(sorted);
    }

    private static String answeredBy(APIResponse response) {
        Object value = response.getExtensions() == null ? null : response.getExtensions().get(ANSWERED_BY);
        return value == null ? "function" : value.toString();
    }

    private static void addIfAbsent(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static MediaType media(String schema, Object example) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema));
        if (example != null) {
            media.setExample(example);
        }
        return media;
    }

    private static Map<String, Object> example(int status, String description) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", description == null ? title(status) : description);
        if (status == 400) {
            problem.put("errors", List.of("memberId must be 1-40 letters, digits, '-' or '_'"));
        }
        return problem;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Not authenticated";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Entity";
            case 503 -> "Service Unavailable";
            default -> "Internal error";
        };
    }

    /** The problem body exactly as {@link Problem} serialises it (empty fields are left out). */
    static Schema problemSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail (application/problem+json). The detail names what was wrong "
                        + "with the request, never a value of a health-data field.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference")
                        .description("Always about:blank: the status and title say what happened"))
                .addProperty("title", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("Short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .description("The HTTP status code"))
                .addProperty("detail", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("What went wrong with this request"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(SchemaType.STRING))
                        .description("Each broken field, named with what it must be (present on 400 only when known)"))
                .examples(List.of(example(400, "The request breaks the API contract.")));
    }

    /** A nullable enumerated field may be null: JSON Schema checks {@code enum} apart from {@code type}. */
    static void allowNullInEnums(Schema schema) {
        if (schema == null) {
            return;
        }
        List<Object> values = schema.getEnumeration();
        if (values != null && schema.getType() != null && schema.getType().contains(SchemaType.NULL)
                && !values.contains(null)) {
            List<Object> withNull = new ArrayList<>(values);
            withNull.add(null);
            schema.setEnumeration(withNull);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(HttpContractFilter::allowNullInEnums);
        }
        allowNullInEnums(schema.getItems());
        for (List<Schema> list : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (list != null) {
                list.forEach(HttpContractFilter::allowNullInEnums);
            }
        }
    }
}
