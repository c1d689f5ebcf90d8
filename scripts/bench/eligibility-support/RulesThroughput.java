import com.healthoptions.mtm.eligibility.DiagnosisFact;
import com.healthoptions.mtm.eligibility.DmpPeriod;
import com.healthoptions.mtm.eligibility.DrugFill;
import com.healthoptions.mtm.eligibility.EligibilityRules;
import com.healthoptions.mtm.eligibility.MemberProfile;
import com.healthoptions.mtm.eligibility.PlanCriteria;
import com.healthoptions.mtm.reference.ChronicCondition;
import com.healthoptions.mtm.reference.DeaSchedule;
import com.healthoptions.mtm.reference.Drug;
import com.healthoptions.mtm.reference.Icd10Range;
import com.healthoptions.mtm.reference.ProductReference;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import java.math.BigDecimal;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Eligibility rules alone on synthetic members: members evaluated per second, beside a baseline pass that
 * only walks the same profiles summing fill costs (the memory-traffic floor), measured in the same run.
 * Reference data comes from a migrated database (args: jdbcUrl user members).
 */
public class RulesThroughput {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int members = Integer.parseInt(args[2]);
        ReferenceCatalog catalog = loadCatalog(url, user);
        PlanCriteria criteria = new PlanCriteria("S5801-001", "S5801", 2024, 3,
                Set.of("HYPERTENSION", "DYSLIPIDEMIA", "CHF", "DIABETES", "DEPRESSION", "OSTEOPOROSIS",
                        "RHEUMATOID_ARTHRITIS", "ASTHMA", "COPD", "HIV_AIDS"),
                8, new BigDecimal("5330.00"), true, PlanCriteria.CostBasis.CHRONIC_ONLY,
                PlanCriteria.DrugCountBasis.MAINTENANCE, "bench");

        List<MemberProfile> profiles = synthesize(catalog, members, new Random(42));
        long fills = profiles.stream().mapToLong(p -> p.fills().size()).sum();
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        measure("seed plan 2024 (CHRONIC_ONLY cost, MAINTENANCE drugs), as of 31 December", profiles, fills, criteria, asOf);
        // From 2025 the cost counts every covered fill; mid-year the projection continues current therapy.
        measure("CMS-4205-F bases (ALL_COVERED cost, MAINTENANCE drugs), as of 30 September", profiles, fills,
                criteria.withBases(PlanCriteria.CostBasis.ALL_COVERED, null), LocalDate.of(2024, 9, 30));
    }

    static void measure(String label, List<MemberProfile> profiles, long fills, PlanCriteria criteria, LocalDate asOf) {
        int members = profiles.size();

        // Two warm-up rounds, then three measured rounds of each; best round reported.
        long bestRules = Long.MAX_VALUE;
        long bestScan = Long.MAX_VALUE;
        int eligible = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            int e = 0;
            for (MemberProfile p : profiles) {
                if (EligibilityRules.evaluate(p, criteria, asOf).eligible()) {
                    e++;
                }
            }
            long rules = System.nanoTime() - t0;
            t0 = System.nanoTime();
            BigDecimal sink = BigDecimal.ZERO;
            for (MemberProfile p : profiles) {
                for (DrugFill f : p.fills()) {
                    if (!f.reversed()) {
                        sink = sink.add(f.grossCost());
                    }
                }
            }
            long scan = System.nanoTime() - t0;
            if (sink.signum() < 0) {
                throw new IllegalStateException();
            }
            if (round >= 2) {
                bestRules = Math.min(bestRules, rules);
                bestScan = Math.min(bestScan, scan);
            }
            eligible = e;
        }
        System.out.printf("%s%nrules: %d members (%d fills, %d eligible): %.0f members/s (%.1f us/member)%n",
                label, members, fills, eligible, members / (bestRules / 1e9), bestRules / 1e3 / members);
        System.out.printf("baseline scan of the same fills: %.0f members/s; rules cost %.1fx the scan%n",
                members / (bestScan / 1e9), (double) bestRules / bestScan);
    }

    /** Members with 0-14 chronic drugs (monthly fills), a few acute fills, diagnoses and some DMP periods. */
    static List<MemberProfile> synthesize(ReferenceCatalog catalog, int members, Random random) {
        List<Drug> chronic = catalog.drugs().stream().filter(Drug::chronic)
                .sorted(java.util.Comparator.comparing(Drug::ingredient)).toList();
        List<Drug> acute = catalog.drugs().stream().filter(d -> !d.chronic())
                .sorted(java.util.Comparator.comparing(Drug::ingredient)).toList();
        String[] codes = {"I10", "E119", "E785", "F329", "J449", "J45909", "M810", "I5022", "B20", "G309", "N186"};
        List<MemberProfile> out = new ArrayList<>(members);
        for (int m = 0; m < members; m++) {
            List<DrugFill> fills = new ArrayList<>();
            int drugs = random.nextInt(15);
            for (int d = 0; d < drugs; d++) {
                Drug drug = chronic.get(random.nextInt(chronic.size()));
                var resolved = catalog.resolve(Set.of(drug.ingredient()), null);
                int months = 1 + random.nextInt(12);
                int step = random.nextInt(4) == 0 ? 3 : 1; // a quarter of the drugs come as 90-day fills
                for (int month = 1; month <= months; month += step) {
                    fills.add(new DrugFill("B" + m + "-" + d + "-" + month, LocalDate.of(2024, month, 1 + random.nextInt(28)),
                            null, drug.ingredient(), 30 * step, BigDecimal.valueOf(30L * step),
                            BigDecimal.valueOf((500 + random.nextInt(20000)) * (long) step, 2), random.nextInt(50) == 0, resolved));
                }
            }
            for (int a = random.nextInt(3); a > 0; a--) {
                Drug drug = acute.get(random.nextInt(acute.size()));
                fills.add(new DrugFill("A" + m + "-" + a, LocalDate.of(2024, 1 + random.nextInt(12), 10), null,
                        drug.ingredient(), 10, BigDecimal.TEN, BigDecimal.valueOf(1500, 2), false,
                        catalog.resolve(Set.of(drug.ingredient()), null)));
            }
            List<DiagnosisFact> dx = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                String code = codes[random.nextInt(codes.length)];
                dx.add(new DiagnosisFact(code, LocalDate.of(2024, 1 + random.nextInt(12), 5), catalog.conditionsForIcd10(code)));
            }
            List<DmpPeriod> dmp = random.nextInt(100) == 0
                    ? List.of(new DmpPeriod(DmpPeriod.DmpStatus.AT_RISK, LocalDate.of(2024, 3, 1), null)) : List.of();
            out.add(new MemberProfile("B" + m, fills, dx, dmp));
        }
        return out;
    }

    static ReferenceCatalog loadCatalog(String url, String user) throws Exception {
        try (var c = DriverManager.getConnection(url, user, "")) {
            List<ChronicCondition> conditions = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("select code, name, core_code from chronic_condition")) {
                while (rs.next()) {
                    conditions.add(new ChronicCondition(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            List<Icd10Range> ranges = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("select condition_code, code_from, code_to from condition_icd10_range")) {
                while (rs.next()) {
                    ranges.add(new Icd10Range(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            Map<String, Set<String>> implied = new HashMap<>();
            try (var rs = c.createStatement().executeQuery("select ingredient, condition_code from drug_condition")) {
                while (rs.next()) {
                    implied.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
            List<Drug> drugs = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "select ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list from drug")) {
                while (rs.next()) {
                    drugs.add(new Drug(rs.getString(1), rs.getString(2), rs.getBoolean(3), DeaSchedule.parse(rs.getString(4)),
                            rs.getBoolean(5), implied.getOrDefault(rs.getString(1), Set.of())));
                }
            }
            Map<String, Set<String>> brands = new HashMap<>();
            try (var rs = c.createStatement().executeQuery("select brand_name, ingredient from drug_brand")) {
                while (rs.next()) {
                    brands.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
            Map<String, Boolean> classes = new HashMap<>();
            try (var rs = c.createStatement().executeQuery("select pharm_class, maintenance from pharm_class_maintenance")) {
                while (rs.next()) {
                    classes.put(rs.getString(1), rs.getBoolean(2));
                }
            }
            Map<String, Set<String>> products = new HashMap<>();
            try (var rs = c.createStatement().executeQuery("select product, condition_code from drug_product_condition")) {
                while (rs.next()) {
                    Set<String> codes = products.computeIfAbsent(rs.getString(1), k -> new HashSet<>());
                    if (rs.getString(2) != null) {
                        codes.add(rs.getString(2));
                    }
                }
            }
            return new ReferenceCatalog(conditions, ranges, drugs, brands, new ProductReference(classes, products, Map.of()));
        }
    }
}
