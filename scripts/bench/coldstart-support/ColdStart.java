import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Cold start of packaged Quarkus Lambda functions, started the way the managed Java runtime starts
 * them: the AWS runtime interface client (RIC) polling the scripts' one Runtime API emulator
 * ({@code scripts/lib/RuntimeApi.java}, compiled onto the class path by {@code scripts/bench/coldstart}),
 * which here also stands in for Secrets Manager and path-style S3 on the same port.
 *
 * <p>Times process start to the first answered event, plain and with a JDK 25 AOT cache, and
 * compares each function with the floors of its kind (HTTP or event, told by its packaged libraries),
 * built the same way and measured in the same run. A CLI tool: its output
 * is the table. Run through {@code scripts/bench/coldstart}.
 *
 * <pre>java ColdStart.java --work DIR --ric DIR --events DIR [--runs N] [--readme FILE] name=targetDir...</pre>
 */
public final class ColdStart {

    private static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    private static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** Close to the managed java runtimes' defaults (C1 only, serial GC); CDS stays at its default (auto). */
    private static final List<String> JVM_FLAGS = List.of(
            "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** What infra/ sets on every JVM function; passed the same way to prove the value works. */
    private static final String JAVA_TOOL_OPTIONS = "--add-opens=java.base/java.lang=ALL-UNNAMED";
    private static final long LAUNCH_TIMEOUT_SECONDS = 120;
    private static final String BEGIN = "<!-- coldstart:begin -->";
    private static final String END = "<!-- coldstart:end -->";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Function(String name, Path target) {
    }

    record Launch(long millis, String answer, boolean ok) {
    }

    /** HTTP (quarkus-amazon-lambda-http: API Gateway events through Quarkus REST) or event (quarkus-amazon-lambda). */
    enum Kind {
        HTTP, EVENT;

        String floorA() {
            return "floor-a-" + name().toLowerCase();
        }

        String floorB() {
            return "floor-b-" + name().toLowerCase();
        }
    }

    record Result(String name, Kind kind, List<Launch> plain, List<Launch> aot, String note) {
        long plainMedian() {
            return median(plain);
        }

        long aotMedian() {
            return median(aot);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<Function> functions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                String[] pair = args[i].split("=", 2);
                functions.add(new Function(pair[0], Path.of(pair[1]).toAbsolutePath()));
            }
        }
        Path work = Path.of(options.getOrDefault("work", "target/coldstart")).toAbsolutePath();
        Path ric = Path.of(required(options, "ric")).toAbsolutePath();
        Path events = Path.of(required(options, "events")).toAbsolutePath();
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        Files.createDirectories(work);

        List<Result> results = new ArrayList<>();
        for (Function function : functions) {
            System.err.printf("coldstart: %s%n", function.name());
            results.add(measure(function, work.resolve(function.name()), ric, events, runs));
        }

        String table = table(results, runs);
        System.out.println(table);
        if (options.containsKey("readme")) {
            writeIntoReadme(Path.of(options.get("readme")), table);
        }
    }

    private static Result measure(Function function, Path dir, Path ric, Path events, int runs) throws Exception {
        deleteTree(dir);
        Path task = dir.resolve("task");
        unzip(function.target().resolve("function.zip"), task);
        Kind kind = kindOf(task);

        String event = readOr(events.resolve(function.name() + ".json"), "{}");
        Map<String, String> env = lambdaEnvironment(function.name());
        env.putAll(expand(readEnvFile(events.resolve(function.name() + ".env"))));
        Path s3 = events.resolve(function.name() + ".s3");

        // As Lambda lays it out: runtime jars, then the task root, then the function's lib/*.jar.
        List<Path> lambdaClasspath = new ArrayList<>(jars(ric));
        lambdaClasspath.add(task);
        lambdaClasspath.addAll(jars(task.resolve("lib")));

        List<Launch> plain = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            plain.add(launch(lambdaClasspath, List.of(), env, event, s3, dir.resolve("plain-" + i + ".log")));
        }

        // The AOT cache refuses directories: the same classes as the runner jar plus lib/*.jar. The runner jar is
        // copied into the task root (after the plain runs, which see the task root as Lambda lays it out): its
        // manifest's Class-Path names lib/*.jar relative to the jar, so left in target/ it would add
        // target/lib/*.jar beside task/lib/*.jar, every library twice on the class path (Flyway then finds the
        // domain's afterMigrate callback twice and refuses to migrate). Beside task/lib the manifest's entries
        // and the explicit ones are the same files, each opened once.
        Path built = runnerJar(function.target());
        Path runner = Files.copy(built, task.resolve(built.getFileName()));
        List<Path> jarClasspath = new ArrayList<>(jars(ric));
        jarClasspath.add(runner);
        jarClasspath.addAll(jars(task.resolve("lib")));

        Path cache = dir.resolve("app.aot");
        Launch training = launch(jarClasspath, List.of("-XX:AOTCacheOutput=" + cache), env, event, s3,
                dir.resolve("aot-training.log"));
        List<Launch> aot = new ArrayList<>();
        String note = "";
        if (!training.ok() || !Files.exists(cache)) {
            note = "no AOT cache (training run: " + training.answer() + ", see " + dir.resolve("aot-training.log") + ")";
        } else {
            for (int i = 0; i < runs; i++) {
                aot.add(launch(jarClasspath, List.of("-XX:AOTCache=" + cache), env, event, s3,
                        dir.resolve("aot-" + i + ".log")));
            }
        }
        return new Result(function.name(), kind, plain, aot, note);
    }

    /** Starts one JVM under the RIC, serves it one event, and times start to the answer. */
    private static Launch launch(List<Path> classpath, List<String> extraFlags, Map<String, String> env,
            String event, Path s3, Path log) throws Exception {
        try (RuntimeApi api = new RuntimeApi("arn:aws:lambda:us-east-1:111111111111:function:coldstart:live")
                .deadlineMillis(900_000)) {
            String secretString = env.get("BENCH_SECRET_STRING");
            // Secrets Manager's JSON protocol (the PIN key ring at init) or path-style S3, on the same port.
            api.context("/", exchange -> {
                String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
                if (target != null && target.startsWith("secretsmanager.")) {
                    secret(exchange, target, secretString);
                } else {
                    objectStore(exchange, s3);
                }
            });
            // Queued before the process starts: the first poll gets it at once, later polls wait (a frozen instance).
            java.util.concurrent.CompletableFuture<RuntimeApi.Outcome> answered = api.invoke(fresh(event));

            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM_FLAGS);
            command.addAll(extraFlags);
            command.add("-cp");
            command.add(String.join(":", classpath.stream().map(Path::toString).toList()));
            command.add(RIC_MAIN);
            command.add(HANDLER);

            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + api.port());
            builder.environment().put("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
            // Endpoints of AWS SDK clients (e.g. S3 for intake) can point here through the .env file.
            builder.environment().put("BENCH_ENDPOINT", "http://127.0.0.1:" + api.port());
            builder.environment().replaceAll((k, v) -> v.replace("${BENCH_ENDPOINT}", "http://127.0.0.1:" + api.port()));

            long start = System.nanoTime();
            Process process = builder.start();
            String answer;
            boolean ok;
            long end;
            try {
                java.util.concurrent.CompletableFuture<Object> firstOf = new java.util.concurrent.CompletableFuture<>();
                answered.thenAccept(firstOf::complete);
                api.initError().thenAccept(body -> firstOf.complete(new InitError(new RuntimeApi.Outcome(true, body, System.nanoTime()))));
                Object first = firstOf.get(LAUNCH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                RuntimeApi.Outcome outcome = first instanceof InitError init ? init.outcome() : (RuntimeApi.Outcome) first;
                end = outcome.nanos();
                if (first instanceof InitError) {
                    ok = false;
                    answer = "init error " + errorType(outcome.body());
                } else if (outcome.error()) {
                    ok = false;
                    answer = "error " + errorType(outcome.body());
                } else {
                    // A 4xx is a request the function handled (e.g. an unknown member); 5xx is a failure.
                    JsonNode status = readTree(outcome.body()).path("statusCode");
                    ok = !status.isNumber() || status.asInt() < 500;
                    answer = status.isNumber() ? "HTTP " + status.asInt() : "answered";
                }
                Files.writeString(Path.of(log.toString().replaceFirst("\\.log$", ".answer.json")), outcome.body());
            } catch (java.util.concurrent.TimeoutException e) {
                end = System.nanoTime();
                ok = false;
                answer = "no answer in " + LAUNCH_TIMEOUT_SECONDS + " s";
            }
            stop(process);
            return new Launch(TimeUnit.NANOSECONDS.toMillis(end - start), answer, ok);
        }
    }

    private static final Pattern EVENT_TIME = Pattern.compile("(\"eventTime\"\\s*:\\s*\")[^\"]*(\")");

    /**
     * The event as sent now: an S3 notification's {@code eventTime} becomes the current time, since claims
     * intake refuses an event older than {@code mtm.intake.max-event-age} (a fixed date would measure a refusal).
     */
    static String fresh(String event) {
        return EVENT_TIME.matcher(event).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + m.group(2)));
    }

    /** The kind, from the packaged libraries: the HTTP adapter's jar makes an HTTP function. */
    static Kind kindOf(Path task) throws IOException {
        return jars(task.resolve("lib")).stream().map(p -> p.getFileName().toString())
                .anyMatch(n -> n.startsWith("io.quarkus.quarkus-amazon-lambda-http-")) ? Kind.HTTP : Kind.EVENT;
    }

    /** An {@code init/error} post, told apart from an answer. */
    private record InitError(RuntimeApi.Outcome outcome) {
    }

    /** The body as JSON, or an empty node when it is not JSON (a plain stream handler's output). */
    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static String errorType(String body) {
        JsonNode type = readTree(body).path("errorType");
        return type.isTextual() ? type.asText() : body.length() > 120 ? body.substring(0, 120) : body;
    }

    /** SIGTERM lets the JVM exit normally, which is when a training run writes its AOT cache. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Secrets Manager's {@code GetSecretValue} for the bench secret (the PIN key ring read at init). */
    private static void secret(HttpExchange exchange, String target, String secretString) throws IOException {
        read(exchange);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        if (!target.equals("secretsmanager.GetSecretValue") || secretString == null) {
            respond(exchange, 400, JSON.writeValueAsString(Map.of("__type", "ResourceNotFoundException",
                    "message", "no bench secret")));
            return;
        }
        Map<String, String> value = new LinkedHashMap<>();
        value.put("ARN", "arn:aws:secretsmanager:us-east-1:000000000000:secret:bench-pin-key");
        value.put("Name", "bench-pin-key");
        value.put("VersionId", "bench");
        value.put("SecretString", secretString);
        respond(exchange, 200, JSON.writeValueAsString(value));
    }

    /** Path-style S3 GET/PUT: /bucket/key, the bucket ignored, keys mapped to files under events/<fn>.s3/. */
    private static void objectStore(HttpExchange exchange, Path s3) throws IOException {
        String path = exchange.getRequestURI().getPath();
        read(exchange);
        if ("GET".equals(exchange.getRequestMethod())) {
            String key = path.replaceFirst("^/[^/]+/", "");
            Path file = s3.resolve(key).normalize();
            if (file.startsWith(s3) && Files.isRegularFile(file)) {
                byte[] bytes = Files.readAllBytes(file);
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                // As S3 gives it for a single-part upload (the MD5), so the intake's ETag check against the event passes.
                exchange.getResponseHeaders().add("ETag", "\"" + md5(bytes) + "\"");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
                return;
            }
            respond(exchange, 404, "<Error><Code>NoSuchKey</Code></Error>");
            return;
        }
        exchange.getResponseHeaders().add("ETag", "\"bench\"");
        respond(exchange, 200, "");
    }

    private static String md5(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private static Map<String, String> lambdaEnvironment(String name) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_LAMBDA_FUNCTION_NAME", "mtm-" + name);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "1");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/mtm-" + name);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[1]coldstart");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java25");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        // Dummy credentials: SDK clients start without looking for an instance profile.
        env.put("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        env.put("TZ", ":UTC");
        env.put("_HANDLER", HANDLER);
        return env;
    }

    /** KEY=VALUE lines; ${VAR} is taken from this process's environment (the run script sets DB ones). */
    private static Map<String, String> readEnvFile(Path file) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return env;
        }
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] pair = trimmed.split("=", 2);
            env.put(pair[0].trim(), pair.length > 1 ? pair[1].trim() : "");
        }
        return env;
    }

    private static Map<String, String> expand(Map<String, String> env) {
        Pattern var = Pattern.compile("\\$\\{([A-Z0-9_]+)}");
        Map<String, String> out = new LinkedHashMap<>();
        env.forEach((k, v) -> {
            Matcher m = var.matcher(v);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String value = "BENCH_ENDPOINT".equals(m.group(1)) ? m.group(0) : System.getenv(m.group(1));
                m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? "" : value));
            }
            m.appendTail(sb);
            out.put(k, sb.toString());
        });
        return out;
    }

    private static String table(List<Result> results, int runs) {
        Map<String, Result> byName = new LinkedHashMap<>();
        results.forEach(r -> byName.put(r.name(), r));
        StringBuilder out = new StringBuilder();
        out.append("Process start to first answered event, median of ").append(runs)
                .append(" cold starts each (").append(LocalDate.now()).append(", ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs).\n\n");
        out.append("Each function is compared with the floors of its own kind, built and measured in the same run:"
                + " floor A is the smallest Quarkus function of that kind (`floor-a-event`: quarkus-amazon-lambda;"
                + " `floor-a-http`: quarkus-rest + quarkus-amazon-lambda-http, one GET), floor B the same plus"
                + " Hibernate Reactive Panache, one entity and one findById. Goals: a function without entities"
                + " ≤ 1.3 × A, one with entities ≤ 1.1 × B.\n\n");
        out.append("| function | kind | plain ms (min–max) | × floor A | × floor B | AOT cache ms (min–max) | × floor A (AOT) | × floor B (AOT) | first answer |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Result r : results) {
            Result floorA = byName.get(r.kind().floorA());
            Result floorB = byName.get(r.kind().floorB());
            String answer = r.plain().isEmpty() ? "" : r.plain().getLast().answer();
            if (!r.plain().stream().allMatch(Launch::ok)) {
                answer += " (not every run answered cleanly)";
            }
            if (!r.note().isEmpty()) {
                answer += "; " + r.note();
            }
            out.append("| ").append(r.name())
                    .append(" | ").append(r.kind().name().toLowerCase())
                    .append(" | ").append(r.plainMedian()).append(range(r.plain()))
                    .append(" | ").append(ratio(r.plainMedian(), floorA == null ? -1 : floorA.plainMedian()))
                    .append(" | ").append(ratio(r.plainMedian(), floorB == null ? -1 : floorB.plainMedian()))
                    .append(" | ").append(r.aot().isEmpty() ? "–" : r.aotMedian() + range(r.aot()))
                    .append(" | ").append(aotRatio(r, floorA))
                    .append(" | ").append(aotRatio(r, floorB))
                    .append(" | ").append(answer).append(" |\n");
        }
        return out.toString();
    }

    private static String aotRatio(Result r, Result floor) {
        return r.aot().isEmpty() || floor == null || floor.aot().isEmpty() ? "–" : ratio(r.aotMedian(), floor.aotMedian());
    }

    private static String range(List<Launch> launches) {
        LongSummaryStatistics stats = launches.stream().mapToLong(Launch::millis).summaryStatistics();
        return launches.size() < 2 ? "" : " (" + stats.getMin() + "–" + stats.getMax() + ")";
    }

    private static String ratio(long value, long base) {
        return base <= 0 ? "–" : String.format("%.2f", (double) value / base);
    }

    private static long median(List<Launch> launches) {
        if (launches.isEmpty()) {
            return -1;
        }
        List<Long> sorted = launches.stream().map(Launch::millis).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void writeIntoReadme(Path readme, String table) throws IOException {
        String text = Files.exists(readme) ? Files.readString(readme) : "";
        String block = BEGIN + "\n" + table + END;
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated = begin >= 0 && end > begin
                ? text.substring(0, begin) + block + text.substring(end + END.length())
                : text + "\n" + block + "\n";
        Files.writeString(readme, updated);
    }

    private static Path runnerJar(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *-runner.jar in " + target));
        }
    }

    private static List<Path> jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String readOr(Path file, String otherwise) throws IOException {
        return Files.exists(file) ? Files.readString(file) : otherwise;
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return value;
    }
}
