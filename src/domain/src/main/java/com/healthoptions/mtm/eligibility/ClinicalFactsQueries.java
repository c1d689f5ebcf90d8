package com.healthoptions.mtm.eligibility;

import com.healthoptions.mtm.reference.ReferenceCatalog;
import com.healthoptions.mtm.reference.ResolvedDrug;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the facts the rules need for stored members (fills with their NDC directory products,
 * diagnoses, DMP periods, plan coverage) and assembles {@link MemberProfile}s. Works for one member or a batch.
 */
@ApplicationScoped
public class ClinicalFactsQueries {

    // The NDC substances are aggregated once per product in the batch (a correlated subquery per fill
    // made this query several times slower for the intake's batches of thousands of members).
    private static final String FILLS = """
            with fills as (
                select c.member_id, c.claim_id, c.fill_date, c.ndc, c.drug_name, c.days_supply, c.quantity,
                       c.gross_cost, c.reversed
                from pharmacy_claim c
                where c.member_id = any($1) and c.fill_date between $2 and $3
            ), substances as (
                select i.product_key, array_agg(i.ingredient) as ingredients from ndc_product_ingredient i
                where i.product_key in (select left(f.ndc, 9) from fills f where f.ndc is not null)
                group by i.product_key
            )
            select f.member_id, f.claim_id, f.fill_date, f.ndc, f.drug_name, f.days_supply, f.quantity,
                   f.gross_cost, f.reversed, coalesce(s.ingredients, '{}'), p.proprietary_name, p.pharm_classes
            from fills f left join substances s on s.product_key = left(f.ndc, 9)
                 left join ndc_product p on p.product_key = s.product_key
            order by f.member_id, f.fill_date, f.claim_id""";

    /**
     * The same rows as {@link #FILLS} for members with too many fills to hold: per member and drug (NDC
     * product, or name) only the first {@code $4} paid fills in the window, the last of them carrying the
     * gross cost of every later one. Every decision input (distinct drugs, implied conditions, cost to the
     * window's end) is unchanged; only the evidence lists fewer claims. Reversed fills never count.
     */
    private static final String FOLDED_FILLS = """
            with fills as (
                select c.member_id, c.claim_id, c.fill_date, c.ndc, c.drug_name, c.days_supply, c.quantity,
                       c.gross_cost, row_number() over w as rn, sum(c.gross_cost) over w as running,
                       sum(c.gross_cost) over (partition by c.member_id, left(c.ndc, 9), c.drug_name) as total
                from pharmacy_claim c
                where c.member_id = any($1) and c.fill_date between $2 and $3 and not c.reversed
                window w as (partition by c.member_id, left(c.ndc, 9), c.drug_name order by c.fill_date, c.claim_id)
            ), kept as (
                select member_id, claim_id, fill_date, ndc, drug_name, days_supply, quantity,
                       case when rn = $4 then gross_cost + (total - running) else gross_cost end as gross_cost
                from fills where rn <= $4
            ), substances as (
                select i.product_key, array_agg(i.ingredient) as ingredients from ndc_product_ingredient i
                where i.product_key in (select left(k.ndc, 9) from kept k where k.ndc is not null)
                group by i.product_key
            )
            select k.member_id, k.claim_id, k.fill_date, k.ndc, k.drug_name, k.days_supply, k.quantity,
                   k.gross_cost, false, coalesce(s.ingredients, '{}'), p.proprietary_name, p.pharm_classes
            from kept k left join substances s on s.product_key = left(k.ndc, 9)
                 left join ndc_product p on p.product_key = s.product_key
            order by k.member_id, k.fill_date, k.claim_id""";

    private static final String DIAGNOSES = """
            select member_id, icd10_code, service_date from diagnosis
            where member_id = any($1) and service_date between $2 and $3""";

    private static final String DMP = """
            select member_id, status, effective_date, end_date from dmp_status where member_id = any($1)""";

    private static final String COVERAGE = """
            select member_id, coverage_start, coverage_end, date_of_death from member where member_id = any($1)""";

    private static final String NDC_SUBSTANCES = """
            select i.product_key, array_agg(i.ingredient), min(p.proprietary_name), min(p.pharm_classes)
            from ndc_product_ingredient i join ndc_product p on p.product_key = i.product_key
            where i.product_key = any($1) group by i.product_key""";

    private final Pool pool;

    public ClinicalFactsQueries(Pool pool) {
        this.pool = pool;
    }

    /**
     * Profiles of the given members for a plan year: fills in the year, diagnoses in the two-year
     * look-back the rules use, and every DMP period.
     */
    public Uni<Map<String, MemberProfile>> profiles(Collection<String> memberIds, int planYear,
            ReferenceCatalog catalog) {
        String[] ids = memberIds.toArray(String[]::new);
        return assemble(memberIds, planYear, catalog,
                rows(FILLS, Tuple.of(ids, LocalDate.of(planYear, 1, 1), LocalDate.of(planYear, 12, 31))));
    }

    /**
     * Profiles for members with more fills than a caller can hold: the database folds each member's fills
     * of one drug beyond the first {@code fillsPerDrug} into the last one kept (see {@link #FOLDED_FILLS}).
     * The rules decide exactly as on the full profile as of {@code windowEnd} (the decision's as-of date,
     * at most 31 December); the evidence names at most {@code fillsPerDrug} claims per drug.
     */
    public Uni<Map<String, MemberProfile>> foldedProfiles(Collection<String> memberIds, int planYear,
            LocalDate windowEnd, int fillsPerDrug, ReferenceCatalog catalog) {
        String[] ids = memberIds.toArray(String[]::new);
        return assemble(memberIds, planYear, catalog, rows(FOLDED_FILLS, Tuple.tuple(List.<Object>of(ids,
                LocalDate.of(planYear, 1, 1), windowEnd, Math.max(1, fillsPerDrug)))));
    }

    private Uni<Map<String, MemberProfile>> assemble(Collection<String> memberIds, int planYear,
            ReferenceCatalog catalog, Uni<List<Row>> fills) {
        String[] ids = memberIds.toArray(String[]::new);
        LocalDate yearEnd = LocalDate.of(planYear, 12, 31);
        Uni<List<Row>> diagnoses = rows(DIAGNOSES, Tuple.of(ids, LocalDate.of(planYear - 1, 1, 1), yearEnd));
        Uni<List<Row>> dmp = rows(DMP, Tuple.of((Object) ids));
        Uni<List<Row>> coverage = rows(COVERAGE, Tuple.of((Object) ids));
        return Uni.combine().all().unis(fills, diagnoses, dmp, coverage).asTuple().map(t -> {
            Map<String, List<DrugFill>> fillsBy = new HashMap<>();
            // Refills repeat the same product and name: resolve each distinct pair once.
            Map<DrugKey, ResolvedDrug> resolved = new HashMap<>();
            for (Row r : t.getItem1()) {
                List<String> substances = List.of(r.getArrayOfStrings(9));
                String drugName = r.getString(4);
                String product = r.getString(10);
                String pharmClasses = r.getString(11);
                ResolvedDrug drug = resolved.computeIfAbsent(substances.isEmpty()
                                ? new DrugKey(substances, drugName, null, null)
                                : new DrugKey(substances, null, product, pharmClasses),
                        k -> catalog.resolve(substances, drugName, product, pharmClasses));
                fillsBy.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(new DrugFill(
                        r.getString(1), r.getLocalDate(2), r.getString(3), drugName, r.getInteger(5),
                        r.getBigDecimal(6), r.getBigDecimal(7), r.getBoolean(8), drug));
            }
            Map<String, List<DiagnosisFact>> dxBy = new HashMap<>();
            for (Row r : t.getItem2()) {
                String code = r.getString(1);
                dxBy.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
                        .add(new DiagnosisFact(code, r.getLocalDate(2), catalog.conditionsForIcd10(code)));
            }
            Map<String, List<DmpPeriod>> dmpBy = new HashMap<>();
            for (Row r : t.getItem3()) {
                dmpBy.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(new DmpPeriod(
                        DmpPeriod.DmpStatus.valueOf(r.getString(1)), r.getLocalDate(2), r.getLocalDate(3)));
            }
            Map<String, Coverage> coverageBy = new HashMap<>();
            for (Row r : t.getItem4()) {
                coverageBy.put(r.getString(0), new Coverage(r.getLocalDate(1), r.getLocalDate(2), r.getLocalDate(3)));
            }
            Map<String, MemberProfile> profiles = new HashMap<>();
            for (String id : memberIds) {
                profiles.put(id, new MemberProfile(id, fillsBy.getOrDefault(id, List.of()),
                        dxBy.getOrDefault(id, List.of()), dmpBy.getOrDefault(id, List.of()),
                        coverageBy.getOrDefault(id, Coverage.CONTINUOUS)));
            }
            return profiles;
        });
    }

    /** An NDC directory product as the rules read it: substances, proprietary name, FDA pharmacologic classes. */
    public record DirectoryProduct(Set<String> substances, String proprietaryName, String pharmClasses) {
    }

    /** NDC directory products per product key, for fills that did not come from the database. */
    public Uni<Map<String, DirectoryProduct>> directoryProducts(Collection<String> productKeys) {
        if (productKeys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return rows(NDC_SUBSTANCES, Tuple.of((Object) productKeys.toArray(String[]::new))).map(rows -> {
            Map<String, DirectoryProduct> out = new HashMap<>();
            rows.forEach(r -> out.put(r.getString(0),
                    new DirectoryProduct(Set.of(r.getArrayOfStrings(1)), r.getString(2), r.getString(3))));
            return out;
        });
    }

    private Uni<List<Row>> rows(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).map(rs -> {
            List<Row> out = new ArrayList<>(rs.size());
            rs.forEach(out::add);
            return out;
        });
    }

    /** What identifies a fill's drug: the NDC product (substances, name, classes), or the drug name when unknown. */
    private record DrugKey(List<String> substances, String drugName, String product, String pharmClasses) {
    }
}
