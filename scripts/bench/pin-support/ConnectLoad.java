import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load of Connect ContactFlowEvents on a function run by scripts/lib/LocalLambda.java
 * ({@code POST /invoke}). Every call gets its own ContactId, so none is answered from the retry store.
 *
 * <pre>java ConnectLoad.java URL MODE MEMBERS CONCURRENCY REQUESTS WARMUP LABEL</pre>
 * MODE {@code ani}: a random seeded member (as PinBench seeds them) calls from the phone on file with the
 * right date of birth and ZIP. MODE {@code invalid}: a well-formed event whose date of birth is February 30
 * (parse, validate, one audit insert): the floor of this stack. Prints one line like HttpLoad.
 */
public class ConnectLoad {

    static final Pattern RESULT = Pattern.compile("\"result\":\"([A-Z_]+)\"");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String mode = args[1];
        int members = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        String label = args[6];
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        run(client, url, mode, members, concurrency, warmup, null);
        Map<String, Integer> results = new ConcurrentHashMap<>();
        long[] nanos = new long[requests];
        long wall = run(client, url, mode, members, concurrency, requests, (i, t, result) -> {
            nanos[i] = t;
            results.merge(result, 1, Integer::sum);
        });
        Arrays.sort(nanos);
        System.out.printf("%s: requests=%d throughput=%.0f/s p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms results=%s%n",
                label, requests, requests / (wall / 1e9), pct(nanos, 50), pct(nanos, 90), pct(nanos, 99),
                pct(nanos, 100), new TreeMap<>(results));
    }

    interface Sink {
        void record(int index, long nanos, String result);
    }

    static long run(HttpClient client, String url, String mode, int members, int concurrency, int count, Sink sink)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> callers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            callers.add(Thread.ofVirtual().start(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String body = event(mode, 1 + ThreadLocalRandom.current().nextInt(members));
                    long t0 = System.nanoTime();
                    String result;
                    try {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        Matcher m = RESULT.matcher(response.body());
                        result = response.statusCode() == 200 && m.find() ? m.group(1) : "HTTP_" + response.statusCode();
                    } catch (Exception e) {
                        result = "ERROR_" + e.getClass().getSimpleName();
                    }
                    if (sink != null) {
                        sink.record(i, System.nanoTime() - t0, result);
                    }
                }
            }));
        }
        for (Thread t : callers) {
            t.join();
        }
        return System.nanoTime() - start;
    }

    /** The same synthetic member as PinBench seeds: phone, date of birth and ZIP derived from n. */
    static String event(String mode, int n) {
        LocalDate dob = LocalDate.of(1940, 1, 1).plusDays(n % 15_000);
        String keyedDob = "invalid".equals(mode) ? "02302024"
                : String.format("%02d%02d%04d", dob.getMonthValue(), dob.getDayOfMonth(), dob.getYear());
        String zip = String.format("%05d", 1 + n % 99_999);
        String phone = "+1" + (2_000_000_000L + n);
        String contact = UUID.randomUUID().toString();
        return """
                {"Details":{"ContactData":{"Attributes":{},"Channel":"VOICE","ContactId":"%s",\
                "CustomerEndpoint":{"Address":"%s","Type":"TELEPHONE_NUMBER"},"InitialContactId":"%s",\
                "InitiationMethod":"INBOUND","InstanceARN":"arn:aws:connect:us-east-1:123456789012:instance/bench",\
                "PreviousContactId":"%s","Queue":null,"SystemEndpoint":{"Address":"+18005550100","Type":"TELEPHONE_NUMBER"}},\
                "Parameters":{"action":"verify","dob":"%s","zip":"%s"}},"Name":"ContactFlowEvent"}"""
                .formatted(contact, phone, contact, contact, keyedDob, zip);
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
}
