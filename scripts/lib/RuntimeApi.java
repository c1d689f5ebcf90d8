import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The Lambda Runtime API (2018-06-01) as the AWS runtime interface client uses it, served on a free
 * loopback port: {@code invocation/next} hands out queued events one at a time (a poll with nothing queued
 * waits, as a frozen Lambda instance would), {@code invocation/<id>/response|error} completes the
 * invocation, {@code init/error} completes {@link #initError()}. One emulator for the scripts:
 * {@code LocalLambda} (scripts/dev, the benches) and {@code ColdStart} (scripts/bench/coldstart).
 */
public final class RuntimeApi implements AutoCloseable {

    /** What the function answered, and when the answer arrived ({@link System#nanoTime()}). */
    public record Outcome(boolean error, String body, long nanos) {
    }

    record Invocation(String id, String event, CompletableFuture<Outcome> outcome) {
    }

    private static final Invocation CLOSED = new Invocation("closed", "", new CompletableFuture<>());

    private final HttpServer server;
    private final LinkedBlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> firstPoll = new CompletableFuture<>();
    private final CompletableFuture<String> initError = new CompletableFuture<>();
    private final String functionArn;
    private volatile long deadlineMillis = 30_000;
    private volatile boolean closed;

    /** A Runtime API whose invocations name {@code functionArn} as the ARN they were invoked through. */
    public RuntimeApi(String functionArn) throws IOException {
        this.functionArn = functionArn;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/2018-06-01/runtime/", this::runtimeApi);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How long an invocation may run, as the deadline header tells the function. */
    public RuntimeApi deadlineMillis(long millis) {
        this.deadlineMillis = millis;
        return this;
    }

    /** Serves more on the same port (a stand-in AWS endpoint a function is pointed at, for instance). */
    public void context(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    /** Completes when an instance first asks for work. */
    public CompletableFuture<Void> firstPoll() {
        return firstPoll;
    }

    /** Completes with the body an instance posts to {@code init/error}. */
    public CompletableFuture<String> initError() {
        return initError;
    }

    /** Queues one event; completes with the function's answer. */
    public CompletableFuture<Outcome> invoke(String event) {
        Invocation inv = new Invocation(UUID.randomUUID().toString(), event, new CompletableFuture<>());
        queue.add(inv);
        return inv.outcome();
    }

    private void runtimeApi(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring("/2018-06-01/runtime/".length());
        try {
            if (path.equals("invocation/next")) {
                firstPoll.complete(null);
                Invocation inv = queue.take();
                if (inv == CLOSED) {
                    queue.add(CLOSED);
                    ex.close();
                    return;
                }
                inFlight.put(inv.id(), inv);
                ex.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", inv.id());
                ex.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                        Long.toString(System.currentTimeMillis() + deadlineMillis));
                ex.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", functionArn);
                ex.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                        "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=0");
                reply(ex, 200, inv.event());
            } else if (path.startsWith("invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
                String body = read(ex.getRequestBody());
                long now = System.nanoTime();
                Invocation inv = inFlight.remove(path.substring("invocation/".length(), path.lastIndexOf('/')));
                if (inv != null) {
                    inv.outcome().complete(new Outcome(path.endsWith("/error"), body, now));
                }
                reply(ex, 202, "{\"status\":\"OK\"}");
            } else if (path.equals("init/error")) {
                initError.complete(read(ex.getRequestBody()));
                reply(ex, 202, "{\"status\":\"OK\"}");
            } else {
                reply(ex, 404, "{\"errorMessage\":\"unknown runtime path\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ex.close();
        }
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    /** Releases every waiting poll and stops serving. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            queue.add(CLOSED);
            server.stop(0);
        }
    }
}
