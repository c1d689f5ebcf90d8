package com.healthoptions.mtm.reference;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the reference catalog on first use (never at start-up) and keeps it: it changes only with a
 * migration, which comes with a new deployment.
 */
@ApplicationScoped
public class ReferenceCatalogStore {

    private final Pool pool;
    private final AtomicReference<ReferenceCatalog> loaded = new AtomicReference<>();

    public ReferenceCatalogStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<ReferenceCatalog> catalog() {
        ReferenceCatalog catalog = loaded.get();
        if (catalog != null) {
            return Uni.createFrom().item(catalog);
        }
        return load().invoke(loaded::set);
    }

    private Uni<ReferenceCatalog> load() {
        Uni<List<ChronicCondition>> conditions = rows("select code, name, core_code from chronic_condition",
                r -> new ChronicCondition(r.getString(0), r.getString(1), r.getString(2)));
        Uni<List<Icd10Range>> ranges = rows("select condition_code, code_from, code_to from condition_icd10_range",
                r -> new Icd10Range(r.getString(0), r.getString(1), r.getString(2)));
        Uni<List<Drug>> drugs = rows("""
                select d.ingredient, d.therapeutic_class, d.chronic, d.dea_schedule, d.fda_flush_list,
                       coalesce(array_agg(dc.condition_code) filter (where dc.condition_code is not null), '{}')
                from drug d left join drug_condition dc on dc.ingredient = d.ingredient
                group by d.ingredient""",
                r -> new Drug(r.getString(0), r.getString(1), r.getBoolean(2), DeaSchedule.parse(r.getString(3)),
                        r.getBoolean(4), Set.of(r.getArrayOfStrings(5))));
        Uni<Map<String, Set<String>>> brands = rows("select brand_name, ingredient from drug_brand",
                r -> Map.entry(r.getString(0), r.getString(1)))
                .map(entries -> {
                    Map<String, Set<String>> byBrand = new HashMap<>();
                    entries.forEach(e -> byBrand.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
                    return byBrand;
                });
        Uni<Map<String, Boolean>> classes = rows("select pharm_class, maintenance from pharm_class_maintenance",
                r -> Map.entry(r.getString(0), r.getBoolean(1)))
                .map(entries -> {
                    Map<String, Boolean> byClass = new HashMap<>();
                    entries.forEach(e -> byClass.put(e.getKey(), e.getValue()));
                    return byClass;
                });
        Uni<Map<String, Set<String>>> productConditions = rows("select product, condition_code from drug_product_condition",
                r -> new String[] {r.getString(0), r.getString(1)})
                .map(entries -> {
                    Map<String, Set<String>> byProduct = new HashMap<>();
                    for (String[] e : entries) {
                        Set<String> codes = byProduct.computeIfAbsent(e[0], k -> new HashSet<>());
                        if (e[1] != null) {
                            codes.add(e[1]);
                        }
                    }
                    return byProduct;
                });
        Uni<Map<String, NameSchedule>> schedules = rows("select brand_name, dea_schedule, source from drug_brand_schedule",
                r -> new NameSchedule(r.getString(0), DeaSchedule.parse(r.getString(1)), r.getString(2)))
                .map(entries -> {
                    Map<String, NameSchedule> byName = new HashMap<>();
                    entries.forEach(e -> byName.put(e.name(), e));
                    return byName;
                });
        return Uni.combine().all().unis(conditions, ranges, drugs, brands, classes, productConditions, schedules).asTuple()
                .map(t -> new ReferenceCatalog(t.getItem1(), t.getItem2(), t.getItem3(), t.getItem4(),
                        new ProductReference(t.getItem5(), t.getItem6(), t.getItem7())));
    }

    private <T> Uni<List<T>> rows(String sql, java.util.function.Function<Row, T> mapper) {
        return pool.query(sql).execute().map(rs -> {
            List<T> out = new ArrayList<>(rs.size());
            rs.forEach(r -> out.add(mapper.apply(r)));
            return out;
        });
    }
}
