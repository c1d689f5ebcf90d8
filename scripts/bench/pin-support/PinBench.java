import com.healthoptions.mtm.verification.CallerVerification;
import com.healthoptions.mtm.verification.ContactRequests;
import com.healthoptions.mtm.verification.IssueOutcome;
import com.healthoptions.mtm.verification.IssueRequest;
import com.healthoptions.mtm.verification.PinAudit;
import com.healthoptions.mtm.verification.PinChallenges;
import com.healthoptions.mtm.verification.MemberLocks;
import com.healthoptions.mtm.verification.PinKeys;
import com.healthoptions.mtm.verification.PinTransactions;
import com.healthoptions.mtm.verification.PinSettings;
import com.healthoptions.mtm.verification.VerificationOutcome;
import com.healthoptions.mtm.verification.VerifyRequest;
import com.healthoptions.mtm.verification.connect.PinContactFlow;
import com.healthoptions.mtm.verification.connect.PinMetrics;
import com.healthoptions.mtm.verification.connect.PinVerificationHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * PIN verification benchmark: the real CallerVerification / PinChallenges services, and the function's
 * handler over them, on a real Vert.x PostgreSQL pool (what the function runs, minus Quarkus's container and
 * the Lambda runtime), {@code callers} closed-loop callers, beside a plain {@code SELECT 1} on the same pool in the same run as the floor, and a
 * one-row committed insert (every verification writes: its floor includes the WAL flush of a commit).
 *
 * <pre>java -cp DOMAIN_CLASSPATH PinBench.java JDBC_URL USER MEMBERS CALLERS POOL_SIZE OPS</pre>
 */
public class PinBench {

    record Phase(String label, long[] nanos, long wallNanos, Map<String, Integer> results) {
        double pct(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
        }

        double throughput() {
            return nanos.length / (wallNanos / 1e9);
        }
    }

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args[0];
        String user = args[1];
        int members = Integer.parseInt(args[2]);
        int callers = Integer.parseInt(args[3]);
        int poolSize = Integer.parseInt(args[4]);
        int ops = Integer.parseInt(args[5]);

        seed(jdbcUrl, user, members);
        // The handler logs one INFO line per call; a console full of them would measure the terminal.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);

        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        // The global PIN-path budget is a production guard; the bench measures the path, not the guard.
        PinSettings settings = settings(Map.of("pinPathMaxFailures", 1_000_000_000));
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Vertx vertx = Vertx.vertx();
        Pool pool = PgBuilder.pool().using(vertx).with(new PoolOptions().setMaxSize(poolSize).setMaxWaitQueueSize(-1))
                .connectingTo(new PgConnectOptions().setHost(uri.getHost()).setPort(uri.getPort() < 0 ? 5432 : uri.getPort())
                        .setDatabase(uri.getPath().substring(1)).setUser(user))
                .build();
        PinKeys keys = PinKeys.fromSecret(Base64.getEncoder().encodeToString(secret));
        ContactRequests requests = new ContactRequests();
        PinTransactions transactions = new PinTransactions(pool, settings);
        PinAudit audit = new PinAudit(transactions);
        CallerVerification verification = new CallerVerification(transactions, keys, settings, requests, audit);
        Clock clock = Clock.system(ZoneId.of("America/Chicago"));
        PinChallenges challenges = new PinChallenges(transactions, keys, settings, requests, audit, clock);
        // The function's own handler over the same services: JSON in, validation, JSON out.
        PinVerificationHandler handler = new PinVerificationHandler(new PinContactFlow(challenges, verification,
                new MemberLocks(transactions, audit), audit, settings, new PinMetrics(), transactions, clock));

        System.out.printf("%,d members, %d callers, pool of %d connections, %,d operations per phase in 5 interleaved rounds%n",
                members, callers, poolSize, ops);
        // Warm-up: JIT, pool connections, PostgreSQL caches. Not reported.
        run("warm-up", callers, ops, i -> pool.query("select 1").execute().map(r -> "ok"));
        run("warm-up", callers, ops, i -> verification.verify(ani(1 + i % members)).map(o -> o.result().name()));

        // Phases interleave in rounds, so a burst of load from elsewhere on the machine falls on all of them alike.
        int rounds = 5;
        int perRound = Math.max(1, ops / rounds);
        Map<String, List<Phase>> byLabel = new java.util.LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            int base = round * perRound;
            List<Phase> done = new ArrayList<>();
            done.add(run("floor: SELECT 1 on the same pool", callers, perRound, i -> pool.query("select 1").execute().map(r -> "ok")));
            done.add(run("floor: one-row insert, committed", callers, perRound,
                    i -> pool.query("insert into bench_commit_floor default values").execute().map(r -> "ok")));
            done.add(run("verify ANI, right answers", callers, perRound,
                    i -> verification.verify(ani(random(members))).map(o -> o.result().name())));
            done.add(run("verify ANI through the handler", callers, perRound, i -> Uni.createFrom().item(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    handler.handleRequest(new ByteArrayInputStream(aniEvent(random(members)).getBytes(StandardCharsets.UTF_8)),
                            out, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                String answer = out.toString(StandardCharsets.UTF_8);
                int at = answer.indexOf("\"result\":\"") + 10;
                return answer.substring(at, answer.indexOf('"', at));
            })));
            // PINs for members counted down from the top, one each, then verified from numbers not on file.
            Map<Integer, String> pins = new ConcurrentHashMap<>();
            done.add(run("issue PIN", callers, perRound, i -> {
                int n = members - base - i;
                return challenges.issue(new IssueRequest(UUID.randomUUID().toString(), memberId(n), phone(n)))
                        .invoke(o -> pins.put(n, o.pin())).map(o -> o.result().name());
            }));
            done.add(run("verify PIN from another number", callers, perRound, i -> {
                int n = members - base - i;
                return verification.verify(new VerifyRequest(UUID.randomUUID().toString(), "+1" + (3_000_000_000L + n),
                        dob(n), zip(n), pins.get(n))).map(o -> o.result().name());
            }));
            done.add(run("number on file, wrong date of birth", callers, perRound, i -> {
                int n = 1 + base + i;
                return verification.verify(new VerifyRequest(UUID.randomUUID().toString(), phone(n), dob(n).plusDays(1),
                        zip(n), null)).map(o -> o.result().name());
            }));
            for (Phase p : done) {
                byLabel.computeIfAbsent(p.label(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Phase> phases = byLabel.values().stream().map(PinBench::merge).toList();

        Phase floor = phases.getFirst();
        System.out.printf("%-36s %9s %9s %9s %9s %9s %10s %10s  %s%n", "", "ops/s", "p50 ms", "p90 ms", "p99 ms",
                "max ms", "p50/floor", "p99/floor", "results");
        for (Phase p : phases) {
            System.out.printf("%-36s %9.0f %9.2f %9.2f %9.2f %9.2f %9.1fx %9.1fx  %s%n", p.label(), p.throughput(),
                    p.pct(50), p.pct(90), p.pct(99), p.pct(100), p.pct(50) / floor.pct(50), p.pct(99) / floor.pct(99),
                    p.results());
        }
        pool.closeAndAwait();
        vertx.closeAndAwait();
    }

    static Phase merge(List<Phase> parts) {
        long[] all = parts.stream().flatMapToLong(p -> Arrays.stream(p.nanos())).toArray();
        Map<String, Integer> results = new TreeMap<>();
        parts.forEach(p -> p.results().forEach((k, v) -> results.merge(k, v, Integer::sum)));
        return new Phase(parts.getFirst().label(), all, parts.stream().mapToLong(Phase::wallNanos).sum(), results);
    }

    static int random(int members) {
        return 1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(members);
    }

    static String memberId(int n) {
        return "BENCH-" + n;
    }

    static String phone(int n) {
        return "+1" + (2_000_000_000L + n);
    }

    static LocalDate dob(int n) {
        return LocalDate.of(1940, 1, 1).plusDays(n % 15_000);
    }

    static String zip(int n) {
        return String.format("%05d", 1 + n % 99_999);
    }

    static VerifyRequest ani(int n) {
        return new VerifyRequest(UUID.randomUUID().toString(), phone(n), dob(n), zip(n), null);
    }

    static String aniEvent(int n) {
        LocalDate dob = dob(n);
        String contact = UUID.randomUUID().toString();
        return """
                {"Details":{"ContactData":{"Attributes":{},"Channel":"VOICE","ContactId":"%s",\
                "CustomerEndpoint":{"Address":"%s","Type":"TELEPHONE_NUMBER"},"InitialContactId":"%s",\
                "InitiationMethod":"INBOUND","PreviousContactId":"%s","Queue":null},\
                "Parameters":{"action":"verify","dob":"%02d%02d%04d","zip":"%s"}},"Name":"ContactFlowEvent"}"""
                .formatted(contact, phone(n), contact, contact, dob.getMonthValue(), dob.getDayOfMonth(), dob.getYear(),
                        zip(n));
    }

    static void seed(String jdbcUrl, String user, int members) throws Exception {
        try (var c = DriverManager.getConnection(jdbcUrl, user, ""); var st = c.createStatement()) {
            st.execute("""
                    insert into member (member_id, contract_id, plan_id, first_name, last_name, date_of_birth, zip, phone_e164)
                    select 'BENCH-' || n, 'S5801', 'S5801-001', 'Bench', 'Member', date '1940-01-01' + (n %% 15000),
                           lpad((1 + n %% 99999)::text, 5, '0'), '+1' || (2000000000 + n)
                    from generate_series(1, %d) n
                    on conflict do nothing""".formatted(members));
            st.execute("create table if not exists bench_commit_floor (id bigint generated always as identity primary key,"
                    + " at timestamptz not null default now())");
            st.execute("analyze");
        }
    }

    static Phase run(String label, int callers, int ops, IntFunction<Uni<String>> op) throws InterruptedException {
        long[] nanos = new long[ops];
        Map<String, Integer> results = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < callers; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = next.getAndIncrement(); i < ops; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    String result;
                    try {
                        result = op.apply(i).await().atMost(Duration.ofSeconds(30));
                    } catch (RuntimeException e) {
                        result = "ERROR " + e.getClass().getSimpleName();
                    }
                    nanos[i] = System.nanoTime() - t0;
                    results.merge(result, 1, Integer::sum);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Phase(label, nanos, System.nanoTime() - start, new TreeMap<>(results));
    }

    /** PinSettings with every @WithDefault default, plus overrides by method name (no Quarkus here). */
    static PinSettings settings(Map<String, Object> overrides) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (overrides.containsKey(method.getName())) {
                return overrides.get(method.getName());
            }
            WithDefault d = method.getAnnotation(WithDefault.class);
            if (d == null) {
                return Optional.empty();
            }
            return convert(method, d.value());
        };
        return (PinSettings) Proxy.newProxyInstance(PinSettings.class.getClassLoader(), new Class<?>[] {PinSettings.class},
                handler);
    }

    static Object convert(Method method, String value) {
        Class<?> type = method.getReturnType();
        if (type == int.class) {
            return Integer.parseInt(value);
        }
        if (type == Duration.class) {
            return Duration.parse(value);
        }
        if (type == Set.class) {
            return Set.of(value.split(","));
        }
        throw new IllegalStateException("no conversion for " + method);
    }
}
