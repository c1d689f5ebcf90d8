package com.healthoptions.mtm.http.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A RestAssured filter holding every request and answer of a test to the function's committed OpenAPI
 * document (Atlassian's swagger-request-validator). A plain request is checked as sent; a raw API Gateway
 * v2 event posted to the Lambda mock event server ({@code /_lambda_}) is unwrapped first, so the request
 * checked is the one the event describes and the answer the one the function put in its API Gateway response.
 *
 * <p>What is not checked, and why: {@code /q/*} (Quarkus's own endpoints, the document itself), CORS
 * preflights (API Gateway answers them in AWS), a 405 for a method the document does not list on a path
 * it does (that is what the document says), the {@code Authorization} header (the JWT authorizer is API
 * Gateway's; the function only sees the verified claims), unknown fields in a request body (the functions
 * ignore them), and the request of an exchange answered 4xx
 * (those tests send bad requests on purpose; their answer is still checked), and a 404 for a path the
 * document does not have. The validator reads the document rewritten as OpenAPI 3.0 ({@link AsOpenApi30}).
 */
public final class OpenApiContract implements Filter {

    public static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator validator;

    private OpenApiContract(String document) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(AsOpenApi30.rewrite(document))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                        // The functions ignore unknown request fields (the document does not forbid them); an
                        // answer's undeclared field still fails.
                        .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** The filter for the module under test: its committed {@code openapi/openapi.yaml}. */
    public static OpenApiContract ofThisFunction() {
        return of(COMMITTED);
    }

    public static OpenApiContract of(Path document) {
        try {
            return new OpenApiContract(Files.readString(document));
        } catch (IOException e) {
            throw new UncheckedIOException("no OpenAPI document at " + document.toAbsolutePath(), e);
        }
    }

    public static OpenApiContract ofDocument(String yaml) {
        return new OpenApiContract(yaml);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (path.startsWith("/q/")) {
            return response;
        }
        if (path.equals("/_lambda_") && "POST".equals(request.getMethod())) {
            if (response.statusCode() == 200) {
                check(Exchange.fromApiGateway(bodyOf(request.getBody()), response.asString()));
            }
            return response;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.getHeaders().forEach(h -> headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue()));
        Map<String, List<String>> answerHeaders = new LinkedHashMap<>();
        response.getHeaders().forEach(h -> answerHeaders.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue()));
        check(new Exchange(request.getMethod(), path, uri.getRawQuery(), headers, bodyOf(request.getBody()),
                response.statusCode(), answerHeaders, response.asString()));
        return response;
    }

    /**
     * Holds one exchange to the document.
     *
     * @throws ContractBroken naming every difference
     */
    public void check(Exchange exchange) {
        if (exchange.method().equals("OPTIONS")) {
            return;
        }
        Request request = exchange.request();
        ValidationReport report = validator.validateResponse(exchange.path(), request.getMethod(), exchange.response());
        if (exchange.status() == 405 && has(report, "validation.request.operation.notAllowed")
                || exchange.status() == 404 && has(report, "validation.request.path.missing")) {
            return;
        }
        if (exchange.status() < 400) {
            report = report.merge(validator.validateRequest(request));
        }
        if (report.hasErrors()) {
            throw new ContractBroken(exchange, report);
        }
    }

    private static boolean has(ValidationReport report, String key) {
        return report.getMessages().stream().anyMatch(m -> m.getKey().equals(key));
    }

    private static String bodyOf(Object body) {
        if (body == null) {
            return null;
        }
        return body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString();
    }

    /** One request and its answer, as the function saw and gave them. */
    public record Exchange(String method, String path, String rawQuery, Map<String, List<String>> headers, String body,
            int status, Map<String, List<String>> answerHeaders, String answerBody) {

        /** From an API Gateway v2 event and the API Gateway response the function answered it with. */
        static Exchange fromApiGateway(String event, String answer) {
            try {
                JsonNode e = JSON.readTree(event);
                JsonNode a = JSON.readTree(answer);
                return new Exchange(e.path("requestContext").path("http").path("method").asText(),
                        e.path("rawPath").asText(), e.path("rawQueryString").asText(""), headers(e.path("headers")),
                        text(e, "body"), a.path("statusCode").asInt(), headers(a.path("headers")), text(a, "body"));
            } catch (IOException ex) {
                throw new UncheckedIOException("not an API Gateway event and answer", ex);
            }
        }

        private static Map<String, List<String>> headers(JsonNode node) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            node.fields().forEachRemaining(f -> out.put(f.getKey(), List.of(f.getValue().asText())));
            return out;
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            return node.path("isBase64Encoded").asBoolean()
                    ? new String(Base64.getDecoder().decode(value.asText()), StandardCharsets.UTF_8) : value.asText();
        }

        Request request() {
            SimpleRequest.Builder b = new SimpleRequest.Builder(method, path);
            if (rawQuery != null && !rawQuery.isEmpty()) {
                for (String pair : rawQuery.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    b.withQueryParam(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            headers.forEach((name, values) -> {
                if (!name.equalsIgnoreCase("authorization")) {
                    b.withHeader(name, values);
                }
            });
            if (body != null && !body.isEmpty()) {
                b.withBody(body);
            }
            return b.build();
        }

        com.atlassian.oai.validator.model.Response response() {
            SimpleResponse.Builder b = SimpleResponse.Builder.status(status);
            answerHeaders.forEach(b::withHeader);
            if (answerBody != null && !answerBody.isEmpty()) {
                b.withBody(answerBody);
            }
            return b.build();
        }

        private static String decode(String s) {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return method + " " + path + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery) + " -> " + status;
        }
    }

    /** The function and its document disagree: fix the one that is wrong, then refresh the committed copy. */
    public static final class ContractBroken extends AssertionError {
        ContractBroken(Exchange exchange, ValidationReport report) {
            super(exchange + " breaks " + COMMITTED + ":\n" + String.join("\n", report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                    .toList()));
        }
    }
}
