package com.healthoptions.mtm.schema.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A local Secrets Manager API that holds one secret: the admin login of the local server. It answers only a
 * SigV4-signed GetSecretValue for that secret's ARN (scope: the ARN's region, service secretsmanager), so
 * the migration succeeds only when it asked the way the real service requires.
 */
public class SecretsManagerStandIn implements QuarkusTestResourceLifecycleManager {

    static final String SECRET_ARN = "arn:aws:secretsmanager:us-east-1:111111111111:secret:mtm/database-admin-AbCdEf";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        return Map.of("mtm.db.secrets-endpoint", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        JsonNode body = new ObjectMapper().readTree(exchange.getRequestBody());
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean signed = authorization != null && authorization.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                && authorization.contains("/us-east-1/secretsmanager/aws4_request");
        if (!"secretsmanager.GetSecretValue".equals(target) || !signed || !SECRET_ARN.equals(body.path("SecretId").asText())) {
            send(exchange, 400, "{\"__type\":\"ResourceNotFoundException\",\"message\":\"not this secret\"}");
            return;
        }
        String secret = new ObjectMapper().writeValueAsString(Map.of(
                "engine", "postgres", "host", "127.0.0.1", "port", 5432, "dbname", "mtm",
                "username", env("MTM_PG_USER", "postgres"), "password", env("MTM_PG_PASSWORD", "")));
        send(exchange, 200, new ObjectMapper().writeValueAsString(Map.of(
                "ARN", SECRET_ARN, "Name", "mtm/database-admin", "VersionId", "v1", "SecretString", secret,
                "VersionStages", java.util.List.of("AWSCURRENT"), "CreatedDate", 1.7e9)));
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
