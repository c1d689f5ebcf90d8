package com.healthoptions.mtm.disposal;

import com.healthoptions.mtm.reference.DeaSchedule;
import com.healthoptions.mtm.reference.NdcCode;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import com.healthoptions.mtm.reference.ReferenceCatalogStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Disposal guidance for a drug named by a member or by an NDC. The reference data (drug catalog and
 * disposal tables) is read on first use and kept: it changes only with a migration and a deployment.
 */
@ApplicationScoped
public class DisposalGuidanceService {

    private static final String NDC_PRODUCTS = """
            select p.product_key, p.proprietary_name, p.nonproprietary_name, p.dosage_form, p.route, p.dea_schedule,
                   coalesce(array_agg(i.ingredient order by i.ingredient) filter (where i.ingredient is not null), '{}')
            from ndc_product p left join ndc_product_ingredient i on i.product_key = p.product_key
            where p.product_key = any($1)
            group by p.product_key
            order by p.product_key""";

    /** Flush-listed first, then by schedule (C-II strictest), then uncontrolled. */
    private static final Comparator<DisposalSubject> STRICTEST_FIRST = Comparator
            .comparing((DisposalSubject d) -> !d.fdaFlushList())
            .thenComparing(d -> d.deaSchedule() == null ? Integer.MAX_VALUE : d.deaSchedule().ordinal());

    private record Snapshot(ReferenceCatalog catalog, DisposalReference reference, DrugNameMatcher matcher) {
    }

    private record NdcProduct(String productKey, String proprietaryName, String nonproprietaryName,
            DosageForm form, DeaSchedule schedule, List<String> ingredients) {
    }

    private final Pool pool;
    private final ReferenceCatalogStore catalogs;
    private final AtomicReference<Snapshot> loaded = new AtomicReference<>();

    public DisposalGuidanceService(Pool pool, ReferenceCatalogStore catalogs) {
        this.pool = pool;
        this.catalogs = catalogs;
    }

    /** Guidance for what a member typed; an unrecognised name gets the general guidance (match NONE). */
    public Uni<DisposalLookup> forName(String query) {
        return snapshot().map(s -> {
            DrugNameMatch match = s.matcher().match(query);
            if (match.kind() == MatchKind.NONE) {
                return new DisposalLookup(query, MatchKind.NONE, null,
                        DisposalRules.guidance(DisposalSubject.unidentified(match.form())));
            }
            DisposalSubject subject = s.reference().subject(s.catalog(), match.ingredients(), match.form(), null);
            // A product's own schedule wins over its ingredients' (Tylenol with Codeine C-III, Fioricet exempt).
            var byName = s.catalog().scheduleByName(match.name());
            if (byName.isPresent()) {
                subject = new DisposalSubject(subject.identified(), subject.ingredients(), subject.form(),
                        byName.get().schedule(), subject.flushListedAs(), subject.flushListedInOtherForms());
            }
            return new DisposalLookup(query, match.kind(),
                    new IdentifiedDrug(match.name(), match.ingredients(), match.form(), subject.deaSchedule()),
                    DisposalRules.guidance(subject));
        });
    }

    /**
     * Guidance for an NDC in any published form. Ten undashed digits can be read three ways: when more
     * than one reading is a known product, the answer is the strictest of their guidance, with no drug.
     *
     * @throws IllegalArgumentException when {@code ndc} is not an NDC (check with {@link NdcCode} first)
     */
    public Uni<DisposalLookup> forNdc(String ndc) {
        List<String> candidates = NdcCode.elevenDigitCandidates(ndc);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("not an NDC");
        }
        String[] productKeys = candidates.stream().map(NdcCode::productKey).distinct().toArray(String[]::new);
        return snapshot().flatMap(s -> pool.preparedQuery(NDC_PRODUCTS).execute(Tuple.of((Object) productKeys))
                .map(rows -> {
                    List<NdcProduct> products = new ArrayList<>();
                    rows.forEach(r -> products.add(product(r)));
                    return answer(ndc, products, s);
                }));
    }

    private DisposalLookup answer(String ndc, List<NdcProduct> products, Snapshot s) {
        if (products.isEmpty()) {
            DisposalGuidance general = DisposalRules.guidance(DisposalSubject.unidentified(null));
            return new DisposalLookup(ndc, MatchKind.NONE, null, withNote(general,
                    "This NDC is not in the FDA NDC directory we hold; check the number on the label."));
        }
        Map<NdcProduct, DisposalSubject> subjects = new HashMap<>();
        for (NdcProduct p : products) {
            subjects.put(p, subject(p, s));
        }
        if (products.size() == 1) {
            NdcProduct p = products.getFirst();
            DisposalSubject subject = subjects.get(p);
            String name = p.proprietaryName() != null ? p.proprietaryName() : p.nonproprietaryName();
            return new DisposalLookup(ndc, MatchKind.EXACT,
                    new IdentifiedDrug(name, subject.ingredients(), p.form(), subject.deaSchedule()),
                    DisposalRules.guidance(subject));
        }
        DisposalSubject strictest = products.stream().map(subjects::get).min(STRICTEST_FIRST).orElseThrow();
        return new DisposalLookup(ndc, MatchKind.NONE, null, withNote(DisposalRules.guidance(strictest),
                "These 10 digits without dashes match " + products.size() + " products, so this is the strictest "
                        + "of their guidance. Enter the NDC with its dashes, as printed on the label, for an exact "
                        + "answer."));
    }

    private static DisposalSubject subject(NdcProduct p, Snapshot s) {
        Set<String> ingredients = new TreeSet<>(p.ingredients());
        if (ingredients.isEmpty() && p.nonproprietaryName() != null) {
            // A directory row without its substances: its nonproprietary name still names them.
            ingredients.addAll(s.matcher().match(p.nonproprietaryName()).ingredients());
        }
        if (ingredients.isEmpty()) {
            return DisposalSubject.unidentified(p.form());
        }
        return s.reference().subject(s.catalog(), ingredients, p.form(), p.schedule());
    }

    private static DisposalGuidance withNote(DisposalGuidance g, String note) {
        List<String> notes = new ArrayList<>(g.notes());
        notes.addFirst(note);
        return new DisposalGuidance(g.fdaFlushList(), g.methods(), g.sources(), notes);
    }

    private static NdcProduct product(Row r) {
        return new NdcProduct(r.getString(0), r.getString(1), r.getString(2),
                DosageForm.ofNdcDirectory(r.getString(3), r.getString(4)), DeaSchedule.parse(r.getString(5)),
                List.of(r.getArrayOfStrings(6)));
    }

    private Uni<Snapshot> snapshot() {
        Snapshot s = loaded.get();
        if (s != null) {
            return Uni.createFrom().item(s);
        }
        return catalogs.catalog().flatMap(catalog -> loadReference().map(reference ->
                new Snapshot(catalog, reference, new DrugNameMatcher(catalog, reference))))
                .invoke(loaded::set);
    }

    private Uni<DisposalReference> loadReference() {
        Uni<List<DisposalReference.FlushFormRule>> rules = pool
                .query("select ingredient, dosage_form, listed_as from disposal_flush_form_rule").execute()
                .map(rows -> {
                    List<DisposalReference.FlushFormRule> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new DisposalReference.FlushFormRule(r.getString(0),
                            DosageForm.valueOf(r.getString(1)), r.getString(2))));
                    return out;
                });
        Uni<Map<String, DosageForm>> brands = forms("select brand_name, dosage_form from disposal_brand_form");
        Uni<Map<String, DosageForm>> ingredients = forms("select ingredient, dosage_form from disposal_ingredient_form");
        return Uni.combine().all().unis(rules, brands, ingredients).asTuple()
                .map(t -> new DisposalReference(t.getItem1(), t.getItem2(), t.getItem3()));
    }

    private Uni<Map<String, DosageForm>> forms(String sql) {
        return pool.query(sql).execute().map(rows -> {
            Map<String, DosageForm> out = new HashMap<>();
            rows.forEach(r -> out.put(r.getString(0), DosageForm.valueOf(r.getString(1))));
            return out;
        });
    }
}
