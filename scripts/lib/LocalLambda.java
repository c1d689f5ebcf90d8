import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs a packaged Quarkus Lambda function locally the way Lambda's managed Java runtime runs it: the
 * AWS runtime interface client (on {@code --runtime-classpath}) loads the handler from the runner jar and
 * its {@code lib/} and polls a Lambda Runtime API served here ({@link RuntimeApi}, beside this file), one
 * event at a time per instance.
 *
 * <pre>
 * java scripts/lib/LocalLambda.java --function src/functions/eligibility --port 8080 --kind http
 *      --runtime-classpath RIC_JARS [--instances 1] [--env NAME=VALUE]... [--jvm-option OPT]...
 *      [--timeout-seconds 30] [--handler io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest]
 * </pre>
 *
 * <ul>
 *   <li>{@code --kind http}: every request to the port becomes an API Gateway HTTP API (payload 2.0)
 *       event and the function's response becomes the HTTP response. A header
 *       {@code X-Local-Jwt-Claims: {json object}} is removed and its claims placed in
 *       {@code requestContext.authorizer.jwt.claims} (its {@code scope} claim also fills {@code scopes}),
 *       standing in for the HTTP API's JWT authorizer.</li>
 *   <li>{@code --kind event}: {@code POST /invoke} with the raw event JSON (S3, Connect, ...) answers with
 *       the handler's output; a handler error answers 502 with Lambda's error JSON.</li>
 * </ul>
 * Prints {@code READY <port>} once the first instance polls for work. Needs JDK 22+ (a source program of
 * several files: this one, {@code RuntimeApi.java}, {@code Options.java}) and Jackson on the class path
 * ({@code json_classpath} in scripts/lib/common.sh).
 */
public class LocalLambda {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Process> instances = new ArrayList<>();
    private RuntimeApi runtimeApi;
    private long timeoutSeconds = 30;

    public static void main(String[] args) throws Exception {
        // Without TCP_NODELAY a response over a few KB waits ~40 ms for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Options opts = new Options(args);
        Path function = Path.of(opts.required("function"));
        int port = Integer.parseInt(opts.optional("port", "8080"));
        String kind = opts.optional("kind", "http");
        int count = Integer.parseInt(opts.optional("instances", "1"));
        LocalLambda local = new LocalLambda();
        local.timeoutSeconds = Long.parseLong(opts.optional("timeout-seconds", "30"));

        local.runtimeApi = new RuntimeApi("arn:aws:lambda:us-east-1:000000000000:function:local")
                .deadlineMillis(local.timeoutSeconds * 1000);
        local.runtimeApi.initError().thenAccept(body -> System.err.println("function init error: " + body));

        Path jar = runnerJar(function);
        String classPath = functionClassPath(jar) + java.io.File.pathSeparator + opts.required("runtime-classpath");
        String handler = opts.optional("handler", "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest");
        List<String> jvmOptions = new ArrayList<>(opts.all("jvm-option"));
        jvmOptions.add("-D" + NATIVE_CLIENT_PROPERTY + "=" + nativeClientLibrary(opts.required("runtime-classpath")));
        for (int i = 0; i < count; i++) {
            local.instances.add(local.startInstance(jar, classPath, handler, local.runtimeApi.port(),
                    opts.all("env"), jvmOptions, i));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> local.instances.forEach(Process::destroy)));

        HttpServer front = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        front.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        front.createContext("/", "event".equals(kind) ? local::invokeEvent : local::invokeHttp);
        front.start();
        try {
            local.runtimeApi.firstPoll().get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            System.err.println("no function instance polled for work within 120 s");
            local.instances.forEach(Process::destroy);
            System.exit(1);
        }
        System.out.println("READY " + port);
        for (Process p : local.instances) {
            int exit = p.waitFor();
            System.err.println("function instance exited with " + exit);
        }
        System.exit(1);
    }

    private static Path runnerJar(Path function) throws IOException {
        try (var files = Files.list(function.resolve("target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *-runner.jar in " + function.resolve("target")
                            + ": package it first (./mvnw package -DskipTests -pl <module> -am)"));
        }
    }

    private static final String NATIVE_CLIENT_PROPERTY =
            "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    /**
     * The runtime interface client unpacks its JNI library to one fixed path in /tmp at every start, so
     * instances starting together overwrite each other's library and crash. Unpack it once, privately,
     * and point every instance at that copy.
     */
    private static String nativeClientLibrary(String runtimeClassPath) throws IOException {
        String arch = System.getProperty("os.arch").contains("aarch64") ? "aarch_64" : "x86_64";
        String entry = "jni/libaws-lambda-jni.linux-" + arch + ".so";
        for (String element : runtimeClassPath.split(java.io.File.pathSeparator)) {
            if (!element.contains("runtime-interface-client")) {
                continue;
            }
            try (var zip = new java.util.zip.ZipFile(element)) {
                var lib = zip.getEntry(entry);
                if (lib != null) {
                    Path dir = Files.createTempDirectory("local-lambda-jni");
                    Path target = dir.resolve("libaws-lambda-jni.so");
                    try (InputStream in = zip.getInputStream(lib)) {
                        Files.copy(in, target);
                    }
                    dir.toFile().deleteOnExit();
                    target.toFile().deleteOnExit();
                    return target.toString();
                }
            }
        }
        throw new IllegalStateException("no " + entry + " in the runtime interface client on --runtime-classpath");
    }

    /** The runner jar and every jar of its lib/ (Lambda's layout: the function zip unpacked). */
    private static String functionClassPath(Path jar) throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(jar.toString());
        try (var libs = Files.list(jar.getParent().resolve("lib"))) {
            libs.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> entries.add(p.toString()));
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private Process startInstance(Path jar, String classPath, String handler, int runtimePort, List<String> env,
            List<String> jvmOptions, int index) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // jboss-threads reflects into java.lang on JDK 25; Lambda's java25 runtime allows the same.
        command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-XX:+TieredCompilation");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add("com.amazonaws.services.lambda.runtime.api.client.AWSLambda");
        command.add(handler);
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + runtimePort);
        pb.environment().put("AWS_LAMBDA_FUNCTION_NAME", jar.getFileName().toString().replace("-runner.jar", ""));
        pb.environment().putIfAbsent("AWS_REGION", "us-east-1");
        pb.environment().put("_LOCAL_LAMBDA_INSTANCE", Integer.toString(index));
        for (String kv : env) {
            int eq = kv.indexOf('=');
            pb.environment().put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return pb.start();
    }

    private RuntimeApi.Outcome invoke(String event) throws Exception {
        return runtimeApi.invoke(event).get(timeoutSeconds, TimeUnit.SECONDS);
    }

    // ---- Front doors ----

    private void invokeEvent(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod()) || !ex.getRequestURI().getPath().equals("/invoke")) {
            reply(ex, 404, "application/json", "{\"message\":\"POST the event JSON to /invoke\"}");
            return;
        }
        try {
            RuntimeApi.Outcome out = invoke(read(ex.getRequestBody()));
            reply(ex, out.error() ? 502 : 200, "application/json", out.body());
        } catch (Exception e) {
            reply(ex, 504, "application/json", "{\"message\":\"function did not answer: " + e.getClass().getSimpleName() + "\"}");
        }
    }

    @SuppressWarnings("unchecked")
    private void invokeHttp(HttpExchange ex) throws IOException {
        try {
            RuntimeApi.Outcome out = invoke(JSON.writeValueAsString(apiGatewayV2Event(ex)));
            if (out.error()) {
                reply(ex, 502, "application/json", "{\"message\":\"Internal Server Error\"}");
                return;
            }
            Map<String, Object> response = JSON.readValue(out.body(), Map.class);
            int status = ((Number) response.getOrDefault("statusCode", 200)).intValue();
            Map<String, Object> headers = (Map<String, Object>) response.getOrDefault("headers", Map.of());
            if (headers != null) {
                headers.forEach((k, v) -> ex.getResponseHeaders().add(k, String.valueOf(v)));
            }
            Map<String, Object> multi = (Map<String, Object>) response.get("multiValueHeaders");
            if (multi != null) {
                multi.forEach((k, v) -> ((List<Object>) v).forEach(x -> ex.getResponseHeaders().add(k, String.valueOf(x))));
            }
            Object cookies = response.get("cookies");
            if (cookies instanceof List<?> list) {
                list.forEach(c -> ex.getResponseHeaders().add("Set-Cookie", String.valueOf(c)));
            }
            String body = (String) response.get("body");
            byte[] bytes = body == null ? new byte[0]
                    : Boolean.TRUE.equals(response.get("isBase64Encoded")) ? Base64.getDecoder().decode(body)
                    : body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                ex.getResponseBody().write(bytes);
            }
            ex.close();
        } catch (Exception e) {
            reply(ex, 504, "application/json", "{\"message\":\"function did not answer: " + e.getClass().getSimpleName() + "\"}");
        }
    }

    /** An API Gateway HTTP API payload format 2.0 event, as the $default route sends it. */
    private static Map<String, Object> apiGatewayV2Event(HttpExchange ex) throws IOException {
        Map<String, Object> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        String claimsJson = null;
        for (var h : ex.getRequestHeaders().entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("x-local-jwt-claims")) {
                claimsJson = h.getValue().getFirst();
            } else if (name.equals("cookie")) {
                for (String c : String.join(";", h.getValue()).split(";")) {
                    cookies.add(c.strip());
                }
            } else {
                headers.put(name, String.join(",", h.getValue()));
            }
        }
        String rawQuery = ex.getRequestURI().getRawQuery();
        Map<String, Object> query = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                query.merge(k, v, (a, b) -> a + "," + b);
            }
        }
        byte[] body = ex.getRequestBody().readAllBytes();
        String contentType = String.valueOf(headers.getOrDefault("content-type", ""));
        boolean text = contentType.isEmpty() || contentType.contains("json") || contentType.startsWith("text/")
                || contentType.contains("xml") || contentType.contains("x-www-form-urlencoded");
        String requestId = UUID.randomUUID().toString();
        Instant now = Instant.now();

        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", ex.getRequestMethod());
        http.put("path", ex.getRequestURI().getRawPath());
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", ex.getRemoteAddress().getAddress().getHostAddress());
        http.put("userAgent", headers.getOrDefault("user-agent", ""));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("domainName", "127.0.0.1");
        context.put("domainPrefix", "local");
        context.put("http", http);
        context.put("requestId", requestId);
        context.put("routeKey", "$default");
        context.put("stage", "$default");
        context.put("time", DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
                .format(now.atOffset(ZoneOffset.UTC)));
        context.put("timeEpoch", now.toEpochMilli());
        if (claimsJson != null) {
            Object claims = JSON.readValue(claimsJson, Object.class);
            List<Object> scopes = new ArrayList<>();
            if (claims instanceof Map<?, ?> m && m.get("scope") instanceof String s) {
                for (String scope : s.split(" ")) {
                    if (!scope.isBlank()) {
                        scopes.add(scope);
                    }
                }
            }
            Map<String, Object> jwt = new LinkedHashMap<>();
            jwt.put("claims", claims);
            jwt.put("scopes", scopes.isEmpty() ? null : scopes);
            context.put("authorizer", Map.of("jwt", jwt));
        }

        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", ex.getRequestURI().getRawPath());
        event.put("rawQueryString", rawQuery == null ? "" : rawQuery);
        if (!cookies.isEmpty()) {
            event.put("cookies", cookies);
        }
        event.put("headers", headers);
        if (!query.isEmpty()) {
            event.put("queryStringParameters", query);
        }
        event.put("requestContext", context);
        if (body.length > 0) {
            event.put("body", text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
        }
        event.put("isBase64Encoded", body.length > 0 && !text);
        return event;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }
}
