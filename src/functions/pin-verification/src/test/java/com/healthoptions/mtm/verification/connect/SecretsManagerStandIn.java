package com.healthoptions.mtm.verification.connect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for AWS Secrets Manager on 127.0.0.1 that speaks the real wire protocol of the one call the
 * function makes, GetSecretValue (AWS JSON 1.1: POST /, {@code X-Amz-Target: secretsmanager.GetSecretValue},
 * a SigV4-signed request whose credential scope names the service): the SDK client under test is the real
 * one, only its endpoint is overridden. Unknown secrets get the service's ResourceNotFoundException. Plain
 * JDK, so {@code scripts/dev} can run it as a single-file program too:
 * {@code java SecretsManagerStandIn.java <port> <secret-arn> <secret-string> [<pid to outlive>]}.
 */
public final class SecretsManagerStandIn implements AutoCloseable {

    private static final Pattern SECRET_ID = Pattern.compile("\"SecretId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SIGV4 = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=[^/]+/[0-9]{8}/([a-z0-9-]+)/secretsmanager/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}");

    /** One request as the stand-in saw it. */
    public record Request(String target, String secretId, String region) {
    }

    private final HttpServer server;
    private final String arn;
    private volatile String secretString;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public SecretsManagerStandIn(int port, String arn, String secretString) throws IOException {
        this.arn = arn;
        this.secretString = secretString;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod()) && exchange.getRequestURI().getPath().equals("/_requests")) {
            // For tests: what was asked, one line per request (the test may live in another class loader).
            StringBuilder seen = new StringBuilder();
            requests.forEach(r -> seen.append(r.target()).append(' ').append(r.secretId()).append(' ').append(r.region()).append('\n'));
            reply(exchange, 200, seen.toString());
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        Matcher auth = SIGV4.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        Matcher id = SECRET_ID.matcher(body);
        String secretId = id.find() ? id.group(1) : null;
        requests.add(new Request(target, secretId, auth.matches() ? auth.group(1) : null));
        if (!"POST".equals(exchange.getRequestMethod()) || !auth.matches()) {
            reply(exchange, 403, "{\"__type\":\"UnrecognizedClientException\",\"message\":\"The security token included in the request is invalid.\"}");
        } else if (!"secretsmanager.GetSecretValue".equals(target)) {
            reply(exchange, 400, "{\"__type\":\"InvalidAction\",\"message\":\"not supported by the stand-in\"}");
        } else if (!arn.equals(secretId)) {
            reply(exchange, 400, "{\"__type\":\"ResourceNotFoundException\",\"Message\":\"Secrets Manager can't find the specified secret.\"}");
        } else {
            String name = arn.substring(arn.lastIndexOf(':') + 1);
            reply(exchange, 200, "{\"ARN\":\"" + arn + "\",\"Name\":\"" + name + "\",\"VersionId\":\"00000000-0000-4000-8000-000000000001\","
                    + "\"SecretString\":\"" + secretString.replace("\\", "\\\\").replace("\"", "\\\"") + "\","
                    + "\"VersionStages\":[\"AWSCURRENT\"],\"CreatedDate\":1.7E9}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "stand-in");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static void main(String[] args) throws Exception {
        SecretsManagerStandIn standIn = new SecretsManagerStandIn(Integer.parseInt(args[0]), args[1], args[2]);
        System.out.println("Secrets Manager stand-in on " + standIn.endpoint());
        // Ends with the script that started it, so a dev run leaves nothing behind.
        ProcessHandle parent = args.length > 3 ? ProcessHandle.of(Long.parseLong(args[3])).orElse(null) : null;
        while (parent == null || parent.isAlive()) {
            Thread.sleep(1000);
        }
        standIn.close();
    }
}
