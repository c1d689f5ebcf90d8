package com.healthoptions.mtm.reference;

import com.healthoptions.mtm.db.Tx;
import com.healthoptions.mtm.files.DelimitedFile;
import com.healthoptions.mtm.files.ReferenceFileLoader;
import com.healthoptions.mtm.files.ReferenceFileResult;
import com.healthoptions.mtm.files.RowRejection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code reference/ndc/}: the FDA NDC directory's {@code product.txt} (tab-separated, header row).
 * Upserts {@code ndc_product} and replaces each listed product's ingredients (FDA substance names mapped
 * to our ingredient keys). Products missing from a new directory are kept: older claims still name them.
 * All in one transaction. The report's message says how the eligibility rules will classify the file's
 * products as maintenance drugs or not ({@link ReferenceCatalog#maintenance}: drug table, FDA
 * pharmacologic class, or the default) — the rules classify at read time, so the count is of the same rule.
 */
@ApplicationScoped
public class NdcDirectoryLoader implements ReferenceFileLoader {

    static final List<String> REQUIRED = List.of("PRODUCTNDC", "PROPRIETARYNAME", "NONPROPRIETARYNAME",
            "DOSAGEFORMNAME", "ROUTENAME", "SUBSTANCENAME", "PHARM_CLASSES", "DEASCHEDULE");

    private static final int CHUNK = 5000;
    private static final int LISTED = 1000;

    private final Pool pool;
    private final ReferenceCatalogStore reference;

    public NdcDirectoryLoader(Pool pool, ReferenceCatalogStore reference) {
        this.pool = pool;
        this.reference = reference;
    }

    @Override
    public String keyPrefix() {
        return "reference/ndc/";
    }

    @Override
    public ReferenceFileResult load(InputStream content, double rejectThreshold) {
        ReferenceCatalog catalog = reference.catalog().await().indefinitely();
        try (Tx tx = Tx.begin(pool); DelimitedFile file = new DelimitedFile(content, '\t')) {
            List<String> header = file.header();
            if (header == null) {
                return rejected(0, 0, List.of(), "the file is empty: no header row");
            }
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c.toLowerCase(Locale.ROOT)))
                    .toList();
            if (!missing.isEmpty()) {
                return rejected(0, 0, List.of(), "missing required columns: " + String.join(", ", missing));
            }
            Map<String, Integer> at = REQUIRED.stream()
                    .collect(Collectors.toMap(c -> c, c -> header.indexOf(c.toLowerCase(Locale.ROOT))));
            tx.query("""
                    create temp table ndc_incoming (line bigint, product_key text, product_ndc text,
                        proprietary_name text, nonproprietary_name text, dosage_form text, route text,
                        dea_schedule text, pharm_classes text, ingredients text) on commit drop""");
            Columns chunk = new Columns();
            Map<String, MaintenanceClass> classified = new HashMap<>();
            List<RowRejection> rejections = new ArrayList<>();
            long read = 0;
            long rejected = 0;
            DelimitedFile.Line line;
            while ((line = file.next()) != null) {
                long lineNo = line.number();
                read++;
                List<String> f = line.fields();
                String productNdc = field(f, at.get("PRODUCTNDC"));
                var key = NdcCode.productKeyOfProductNdc(productNdc);
                String problemColumn = null;
                String problem = null;
                DeaSchedule schedule = null;
                if (key.isEmpty()) {
                    problemColumn = "PRODUCTNDC";
                    problem = "malformed product NDC";
                } else {
                    try {
                        schedule = DeaSchedule.parse(field(f, at.get("DEASCHEDULE")));
                    } catch (IllegalArgumentException e) {
                        problemColumn = "DEASCHEDULE";
                        problem = "unknown DEA schedule";
                    }
                }
                if (problem != null) {
                    rejected++;
                    if (rejections.size() < LISTED) {
                        rejections.add(new RowRejection(lineNo, problemColumn, problem));
                    }
                    continue;
                }
                TreeSet<String> ingredients = new TreeSet<>();
                String substances = field(f, at.get("SUBSTANCENAME"));
                if (substances != null) {
                    for (String s : substances.split(";")) {
                        if (!s.isBlank()) {
                            ingredients.add(catalog.ingredientKey(s).toLowerCase(Locale.ROOT));
                        }
                    }
                }
                classified.put(key.get(), catalog.maintenance(ingredients, field(f, at.get("PHARM_CLASSES"))));
                chunk.add(lineNo, key.get(), productNdc.strip(), field(f, at.get("PROPRIETARYNAME")),
                        field(f, at.get("NONPROPRIETARYNAME")), field(f, at.get("DOSAGEFORMNAME")),
                        field(f, at.get("ROUTENAME")), schedule == null ? null : schedule.name(),
                        field(f, at.get("PHARM_CLASSES")), String.join(";", ingredients));
                if (chunk.size() >= CHUNK) {
                    chunk.insert(tx);
                    chunk = new Columns();
                }
            }
            chunk.insert(tx);
            if (rejected > rejectThreshold * read) {
                return rejected(read, rejected, rejections, String.format(
                        "%d of %d rows rejected: over the threshold, nothing applied", rejected, read));
            }
            tx.query("""
                    create temp table ndc_latest on commit drop as
                    select distinct on (product_key) * from ndc_incoming order by product_key, line desc""");
            tx.query("""
                    insert into ndc_product as p (product_key, product_ndc, proprietary_name, nonproprietary_name,
                        dosage_form, route, dea_schedule, pharm_classes, updated_at)
                    select product_key, product_ndc, proprietary_name, nonproprietary_name, dosage_form, route,
                           dea_schedule, pharm_classes, now() from ndc_latest
                    on conflict (product_key) do update set product_ndc = excluded.product_ndc,
                        proprietary_name = excluded.proprietary_name, nonproprietary_name = excluded.nonproprietary_name,
                        dosage_form = excluded.dosage_form, route = excluded.route,
                        dea_schedule = excluded.dea_schedule, pharm_classes = excluded.pharm_classes, updated_at = now()""");
            tx.query("delete from ndc_product_ingredient i using ndc_latest n where i.product_key = n.product_key");
            tx.query("""
                    insert into ndc_product_ingredient (product_key, ingredient)
                    select distinct product_key, unnest(string_to_array(ingredients, ';')) from ndc_latest
                    where ingredients <> ''
                    on conflict do nothing""");
            tx.commit();
            return new ReferenceFileResult(ReferenceFileResult.Status.APPLIED, read, read - rejected, rejected,
                    rejections, classificationSummary(classified.values()));
        }
    }

    /** How many products are maintenance drugs, and what decided it (the default is counted on its own). */
    static String classificationSummary(java.util.Collection<MaintenanceClass> products) {
        long maintenance = products.stream().filter(MaintenanceClass::maintenance).count();
        Map<ResolvedDrug.MaintenanceBasis, Long> byBasis = new java.util.EnumMap<>(ResolvedDrug.MaintenanceBasis.class);
        for (MaintenanceClass c : products) {
            byBasis.merge(c.basis(), 1L, Long::sum);
        }
        long table = byBasis.getOrDefault(ResolvedDrug.MaintenanceBasis.INGREDIENT_TABLE, 0L);
        long pharmClass = byBasis.getOrDefault(ResolvedDrug.MaintenanceBasis.PHARM_CLASS, 0L);
        long fallback = byBasis.getOrDefault(ResolvedDrug.MaintenanceBasis.DEFAULT, 0L);
        return String.format("maintenance classification of %d products: %d maintenance, %d not; classified %d "
                + "(%d by the drug table, %d by FDA pharmacologic class); %d fell to the default (not maintenance: "
                + "no known ingredient or class)", products.size(), maintenance, products.size() - maintenance,
                table + pharmClass, table, pharmClass, fallback);
    }

    private static ReferenceFileResult rejected(long read, long rejected, List<RowRejection> rejections, String message) {
        return new ReferenceFileResult(ReferenceFileResult.Status.REJECTED, read, 0, rejected, rejections, message);
    }

    private static String field(List<String> f, int i) {
        if (i < 0 || i >= f.size()) {
            return null;
        }
        String v = f.get(i);
        return v.isEmpty() ? null : v;
    }

    /** A chunk of directory rows as column arrays for one multi-row insert. */
    private static final class Columns {
        private final List<Long> lines = new ArrayList<>();
        private final List<List<String>> text = new ArrayList<>();

        Columns() {
            for (int i = 0; i < 9; i++) {
                text.add(new ArrayList<>());
            }
        }

        void add(long line, String... values) {
            lines.add(line);
            for (int i = 0; i < values.length; i++) {
                text.get(i).add(values[i]);
            }
        }

        int size() {
            return lines.size();
        }

        void insert(Tx tx) {
            if (lines.isEmpty()) {
                return;
            }
            Tuple t = Tuple.tuple().addArrayOfLong(lines.toArray(Long[]::new));
            text.forEach(col -> t.addArrayOfString(col.toArray(String[]::new)));
            tx.execute("""
                    insert into ndc_incoming select * from unnest($1::bigint[], $2::text[], $3::text[], $4::text[],
                        $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])""", t);
        }
    }
}
