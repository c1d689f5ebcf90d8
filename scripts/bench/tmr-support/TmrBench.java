import com.healthoptions.mtm.eligibility.ClinicalFactsQueries;
import com.healthoptions.mtm.reference.ReferenceCatalogStore;
import com.healthoptions.mtm.screening.TmrScreeningService;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores synthetic enrolled members, then times TmrScreeningService.screenEnrolled over all of them beside a bare
 * scan of the same fills (same pool, same keyset batches), before and after. Args: jdbcUrl user password members batch.
 */
public class TmrBench {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int members = Integer.parseInt(args[3]);
        int batch = Integer.parseInt(args[4]);

        long t0 = System.nanoTime();
        try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            s.execute(String.format(SETUP, members));
            s.execute("analyze");
        }
        long fills;
        try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from pharmacy_claim where fill_date <= '2026-06-30'")) {
            rs.next();
            fills = rs.getLong(1);
        }
        System.out.printf("data: %,d enrolled members, %,d fills in the period (stored in %.1f s)%n", members, fills,
                (System.nanoTime() - t0) / 1e9);

        Vertx vertx = Vertx.vertx();
        Pool pool = Pool.pool(vertx, PgConnectOptions.fromUri(url.substring("jdbc:".length())).setUser(user)
                .setPassword(password), new PoolOptions().setMaxSize(2));
        TmrScreeningService service = new TmrScreeningService(pool, new ClinicalFactsQueries(pool),
                new ReferenceCatalogStore(pool));

        scan(pool, batch); // warm-up: the pool's connections, the client's classes, the database's caches
        Phase before = phase(() -> scan(pool, batch));
        Phase screening = phase(() -> {
            var run = service.screenEnrolled(AS_OF, batch).await().atMost(Duration.ofHours(1));
            return run.membersScreened() + " members, " + run.membersWithFindings() + " with findings, "
                    + run.findings() + " findings, " + run.batches() + " batches";
        });
        Phase after = phase(() -> scan(pool, batch));
        double floor = (before.seconds + after.seconds) / 2;
        System.out.printf("screening and storing: %.1f s, %,.0f members/s (%.2f x the bare scan); peak heap %d MB; %s%n",
                screening.seconds, members / screening.seconds, screening.seconds / floor, screening.peakHeapMb,
                screening.what);
        System.out.printf("bare scan of the same fills: %.1f s (before %.1f s, after %.1f s), %,.0f members/s; peak heap %d MB; %s%n",
                floor, before.seconds, after.seconds, members / floor, Math.max(before.peakHeapMb, after.peakHeapMb),
                before.what);
        String status = Files.readString(Path.of("/proc/self/status"));
        String hwm = status.lines().filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM ?");
        System.out.printf("process peak RSS: %s; heap limit %d MB; %d cores%n", hwm.replaceAll("\\s+", " "),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        System.out.printf("a 900 s Lambda invocation screens about %,.0f members at this rate%n",
                900 * members / screening.seconds);
        pool.closeAndAwait();
        vertx.closeAndAwait();
    }

    record Phase(double seconds, long peakHeapMb, String what) {
    }

    interface Work {
        String run() throws Exception;
    }

    static Phase phase(Work work) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        String what = work.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        return new Phase(seconds, peak, what);
    }

    /** The floor: the service's enrolled keyset, then each batch's fills in the period, counted, nothing else. */
    static String scan(Pool pool, int batch) {
        String after = "";
        long rows = 0;
        long days = 0;
        int members = 0;
        while (true) {
            var ids = new ArrayList<String>();
            pool.preparedQuery("""
                    select e.member_id from mtm_enrollment e
                    where e.plan_year = $1 and e.enrollment_date is not null and e.enrollment_date <= $2
                      and (e.opt_out_date is null or e.opt_out_date > $2) and e.member_id > $3
                    order by e.member_id limit $4""").execute(Tuple.of(2026, AS_OF, after, batch)).await().indefinitely()
                    .forEach(r -> ids.add(r.getString(0)));
            if (ids.isEmpty()) {
                return members + " members, " + rows + " fills read";
            }
            var rs = pool.preparedQuery("""
                    select member_id, claim_id, fill_date, ndc, drug_name, days_supply, quantity, gross_cost, reversed,
                           prescriber_npi
                    from pharmacy_claim where member_id = any($1) and fill_date between $2 and $3""")
                    .execute(Tuple.of(ids.toArray(String[]::new), AS_OF.withDayOfYear(1), AS_OF)).await().indefinitely();
            for (var r : rs) {
                rows++;
                days += r.getInteger(5);
            }
            members += ids.size();
            after = ids.getLast();
        }
    }

    /** %1$d members: four drugs each from a pool with duplicates and interactions, diagnoses, 30-day fills with gaps. */
    static final String SETUP = """
            insert into member (member_id, contract_id, plan_id, first_name, last_name, date_of_birth, zip, phone_e164)
            select 'B' || lpad(i::text, 7, '0'), p.contract_id, p.plan_id, 'Bench', 'Member',
                   date '1946-01-01' + (i %% 10000), '60601', '+1312555' || lpad((i %% 10000)::text, 4, '0')
            from generate_series(1, %1$d) i cross join plan p where p.plan_id = 'S5801-001';
            insert into mtm_enrollment (member_id, plan_year, enrollment_date, date_met_criteria, reason_targeted)
            select member_id, 2026, date '2026-01-15', date '2026-01-15', '01' from member where member_id like 'B%%';
            insert into pharmacy_claim (claim_id, member_id, fill_date, drug_name, days_supply, quantity, gross_cost,
                                        prescriber_npi)
            select 'B' || i || '-' || d || '-' || k, 'B' || lpad(i::text, 7, '0'),
                   date '2026-01-02' + k * (30 + ((i + d) %% 3) * 6) + (i %% 5),
                   (array['ATORVASTATIN 20 MG', 'ROSUVASTATIN 10 MG', 'LISINOPRIL 10 MG', 'LOSARTAN 50 MG',
                          'METFORMIN 500 MG', 'GLIPIZIDE 5 MG', 'IBUPROFEN 800 MG', 'ALPRAZOLAM 0.5 MG',
                          'OXYCODONE 5 MG', 'ZOLPIDEM 10 MG', 'AMLODIPINE 5 MG', 'METOPROLOL 25 MG',
                          'PROPRANOLOL 20 MG', 'SERTRALINE 50 MG', 'OMEPRAZOLE 20 MG', 'LEVOTHYROXINE 50 MCG'])
                       [1 + (i * 7 + d * 5) %% 16],
                   30, 30, 10.00,
                   (array['1234567893', '1245319599', '9876543213', '1000000004'])[1 + (i + d) %% 4]
            from generate_series(1, %1$d) i cross join generate_series(0, 3) d cross join generate_series(0, 5) k;
            insert into diagnosis (member_id, icd10_code, service_date, source)
            select 'B' || lpad(i::text, 7, '0'),
                   (array['I509', 'J45909', 'E119', 'I10', 'G309', 'N186', 'Z9181', 'E785'])[1 + (i * 3 + j) %% 8],
                   date '2026-01-20' + j, 'bench'
            from generate_series(1, %1$d) i cross join generate_series(0, 1) j;
            """;
}
