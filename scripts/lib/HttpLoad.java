import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP load generator for the benchmarks under scripts/bench.
 *
 * <pre>
 * java scripts/lib/HttpLoad.java --label "eligibility GET" --url 'http://127.0.0.1:8080/members/B-{n}/eligibility'
 *      [--method GET] [--body '{"reason":"03"}'] [--header 'Name: value']... [--range 10000]
 *      (--rate 100 | --concurrency 8) [--requests 2000] [--warmup 200] [--expect 200]
 * </pre>
 *
 * {@code {n}} in the URL, body and headers is replaced by one random number in 1..range per request (the
 * same number everywhere in that request). {@code --rate} is an open model: requests start on a fixed
 * schedule whatever the latency, and latency counts from the scheduled start (no coordinated omission).
 * {@code --concurrency} is a closed model: that many callers, each sending its next request when the
 * previous one answers. Prints one line: label, requests, errors, throughput, p50, p90, p99, max (ms).
 */
public class HttpLoad {

    public static void main(String[] args) throws Exception {
        Options o = new Options(args);
        String label = o.optional("label", "load");
        String url = o.required("url");
        String method = o.optional("method", "GET");
        String body = o.optional("body", null);
        List<String> headers = o.all("header");
        int range = Integer.parseInt(o.optional("range", "1"));
        int requests = Integer.parseInt(o.optional("requests", "2000"));
        int warmup = Integer.parseInt(o.optional("warmup", "200"));
        int expect = Integer.parseInt(o.optional("expect", "200"));
        String rate = o.optional("rate", null);
        int concurrency = Integer.parseInt(o.optional("concurrency", "1"));

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        Request template = new Request(url, method, body, headers, range);

        // Warm-up: sequential, not measured (JIT, connection pools, caches).
        for (int i = 0; i < warmup; i++) {
            send(client, template);
        }

        long[] latencies;
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        if (rate != null) {
            latencies = openModel(client, template, requests, Double.parseDouble(rate), expect, errors, firstErrors);
        } else {
            latencies = closedModel(client, template, requests, concurrency, expect, errors, firstErrors);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%-34s requests=%d errors=%d throughput=%.1f/s p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
                label, latencies.length, errors.get(), latencies.length / seconds, ms(pct(latencies, 50)),
                ms(pct(latencies, 90)), ms(pct(latencies, 99)), ms(latencies[latencies.length - 1]));
        firstErrors.stream().limit(3).forEach(e -> System.out.println("  error: " + e));
        System.exit(errors.get() > 0 ? 3 : 0);
    }

    private static long[] openModel(HttpClient client, Request template, int requests, double perSecond, int expect,
            AtomicLong errors, ConcurrentLinkedQueue<String> firstErrors) throws InterruptedException {
        long[] latencies = new long[requests];
        long interval = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < requests; i++) {
                long scheduled = start + i * interval;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int index = i;
                pool.submit(() -> {
                    String failure = send(client, template, expect);
                    latencies[index] = System.nanoTime() - scheduled;
                    record(failure, errors, firstErrors);
                });
            }
        }
        return latencies;
    }

    private static long[] closedModel(HttpClient client, Request template, int requests, int concurrency, int expect,
            AtomicLong errors, ConcurrentLinkedQueue<String> firstErrors) throws InterruptedException {
        long[] latencies = new long[requests];
        AtomicLong next = new AtomicLong();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < concurrency; c++) {
                pool.submit(() -> {
                    long i;
                    while ((i = next.getAndIncrement()) < requests) {
                        long t0 = System.nanoTime();
                        String failure = send(client, template, expect);
                        latencies[(int) i] = System.nanoTime() - t0;
                        record(failure, errors, firstErrors);
                    }
                });
            }
        }
        return latencies;
    }

    private static void record(String failure, AtomicLong errors, ConcurrentLinkedQueue<String> firstErrors) {
        if (failure != null) {
            errors.incrementAndGet();
            if (firstErrors.size() < 3) {
                firstErrors.add(failure);
            }
        }
    }

    record Request(String url, String method, String body, List<String> headers, int range) {
    }

    private static void send(HttpClient client, Request r) {
        send(client, r, -1);
    }

    /** Sends one request; returns null on the expected status, else a short description of the failure. */
    private static String send(HttpClient client, Request r, int expect) {
        String n = Integer.toString(ThreadLocalRandom.current().nextInt(1, r.range() + 1));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(r.url().replace("{n}", n)))
                .timeout(Duration.ofSeconds(30))
                .method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(r.body().replace("{n}", n)));
        for (String h : r.headers()) {
            int colon = h.indexOf(':');
            b.header(h.substring(0, colon).strip(), h.substring(colon + 1).strip().replace("{n}", n));
        }
        try {
            HttpResponse<String> response = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (expect > 0 && response.statusCode() != expect) {
                return response.statusCode() + " " + truncate(response.body());
            }
            return null;
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private static String truncate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }

    private static long pct(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
