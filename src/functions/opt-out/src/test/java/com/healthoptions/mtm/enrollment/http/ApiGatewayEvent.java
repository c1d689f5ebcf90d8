package com.healthoptions.mtm.enrollment.http;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A complete API Gateway HTTP API (payload 2.0) event, as AWS sends it after the JWT authorizer has
 * verified the token, posted raw to the Lambda mock event server's event endpoint ({@code /_lambda_}).
 * RestAssured's plain requests cannot carry {@code requestContext.authorizer}: the mock server builds
 * those events itself, without one.
 */
final class ApiGatewayEvent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Map<String, Object> claims;
    private List<String> scopes;
    private String body;
    private String requestId = "req-" + UUID.randomUUID();

    private ApiGatewayEvent(String method, String path) {
        this.method = method;
        this.path = path;
        headers.put("accept", "application/json");
        headers.put("user-agent", "portal-test");
    }

    static ApiGatewayEvent get(String path) {
        return new ApiGatewayEvent("GET", path);
    }

    static ApiGatewayEvent post(String path) {
        return new ApiGatewayEvent("POST", path);
    }

    static ApiGatewayEvent delete(String path) {
        return new ApiGatewayEvent("DELETE", path);
    }

    static ApiGatewayEvent options(String path) {
        return new ApiGatewayEvent("OPTIONS", path);
    }

    /** A member's token: their member id in the {@code member_id} claim. */
    ApiGatewayEvent asMember(String memberId) {
        return claims(Map.of("sub", "cognito-" + memberId.toLowerCase(), "member_id", memberId,
                "scope", "openid mtm/member"));
    }

    /** A staff token with the staff scope in {@code jwt.scopes}, as HTTP APIs pass it. */
    ApiGatewayEvent asStaff(String subject) {
        claims(Map.of("sub", subject, "client_id", "staff-console"));
        scopes = List.of("openid", "mtm/staff");
        return this;
    }

    ApiGatewayEvent claims(Map<String, Object> claims) {
        this.claims = claims;
        return this;
    }

    ApiGatewayEvent scopes(List<String> scopes) {
        this.scopes = scopes;
        return this;
    }

    ApiGatewayEvent header(String name, String value) {
        headers.put(name.toLowerCase(), value);
        return this;
    }

    ApiGatewayEvent idempotencyKey(String key) {
        return header("Idempotency-Key", key);
    }

    ApiGatewayEvent json(String json) {
        header("content-type", "application/json");
        header("content-length", Integer.toString(json.getBytes(StandardCharsets.UTF_8).length));
        this.body = json;
        return this;
    }

    /** A raw body with whatever headers the test set. */
    ApiGatewayEvent body(String body) {
        this.body = body;
        return this;
    }

    ApiGatewayEvent requestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    /** Invokes the function with this event and returns its API Gateway response. */
    Answer send() {
        String raw = given().contentType(ContentType.JSON).body(toJson())
                .post("/_lambda_").then().statusCode(200).extract().asString();
        try {
            Map<String, Object> response = JSON.readValue(raw, new TypeReference<>() { });
            @SuppressWarnings("unchecked")
            Map<String, String> responseHeaders = (Map<String, String>) response.getOrDefault("headers", Map.of());
            Map<String, String> lower = new LinkedHashMap<>();
            responseHeaders.forEach((k, v) -> lower.put(k.toLowerCase(), v));
            String responseBody = (String) response.get("body");
            if (Boolean.TRUE.equals(response.get("isBase64Encoded")) && responseBody != null) {
                responseBody = new String(Base64.getDecoder().decode(responseBody), StandardCharsets.UTF_8);
            }
            return new Answer(((Number) response.get("statusCode")).intValue(), lower, responseBody);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not an API Gateway response: " + raw, e);
        }
    }

    String toJson() {
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", method);
        http.put("path", path);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "203.0.113.10");
        http.put("userAgent", "portal-test");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("accountId", "123456789012");
        context.put("apiId", "portalapi");
        context.put("domainName", "portalapi.execute-api.us-east-1.amazonaws.com");
        context.put("domainPrefix", "portalapi");
        context.put("requestId", requestId);
        context.put("routeKey", method + " " + path);
        context.put("stage", "$default");
        context.put("time", "10/Mar/2026:15:00:00 +0000");
        context.put("timeEpoch", 1773154800000L);
        context.put("http", http);
        if (claims != null || scopes != null) {
            Map<String, Object> jwt = new LinkedHashMap<>();
            jwt.put("claims", claims == null ? Map.of() : claims);
            jwt.put("scopes", scopes);
            context.put("authorizer", Map.of("jwt", jwt));
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", method + " " + path);
        event.put("rawPath", path);
        event.put("rawQueryString", "");
        event.put("headers", headers);
        event.put("requestContext", context);
        if (body != null) {
            event.put("body", body);
        }
        event.put("isBase64Encoded", false);
        try {
            return JSON.writeValueAsString(event);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, Map<String, String> headers, String body) {

        JsonPath json() {
            return JsonPath.from(body);
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        String contentType() {
            return header("content-type");
        }
    }
}
