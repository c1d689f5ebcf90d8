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
        return Uni.combine().all().unis(conditions, ranges, drugs, brands).asTuple()
                .map(t -> new ReferenceCatalog(t.getItem1(), t.getItem2(), t.getItem3(), t.getItem4()));
    }

    private <T> Uni<List<T>> rows(String sql, java.util.function.Function<Row, T> mapper) {
        return pool.query(sql).execute().map(rs -> {
            List<T> out = new ArrayList<>(rs.size());
            rs.forEach(r -> out.add(mapper.apply(r)));
            return out;
        });
    }
}
