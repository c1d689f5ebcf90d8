package com.healthoptions.mtm.screening;

import com.healthoptions.mtm.reference.ReferenceCatalog;
import com.healthoptions.mtm.reference.ResolvedDrug;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drug classes as data ({@code drug-classes.tsv}, {@code duplicate-therapy.tsv}): which classes an
 * ingredient of a fill belongs to. The drug table (V3) decides for an ingredient it knows, by the ingredient
 * itself or its therapeutic class; for an ingredient it does not know, the product's FDA Established
 * Pharmacologic Classes do (the same precedence as maintenance status). A combination product belongs to
 * the classes of each of its ingredients.
 */
final class DrugClasses {

    private final String version;
    private final Map<String, Set<String>> byIngredient = new HashMap<>();
    private final Map<String, Set<String>> byTherapeuticClass = new HashMap<>();
    private final Map<String, Set<String>> byEpc = new HashMap<>();
    private final Map<String, Set<String>> excludedProducts = new HashMap<>();
    private final Set<String> classes = new TreeSet<>();
    private final ReferenceCatalog catalog;
    private final Map<ResolvedDrug, Map<String, Set<String>>> cache = new HashMap<>();

    DrugClasses(ScreeningTable table, ReferenceCatalog catalog) {
        this.version = table.version();
        this.catalog = catalog;
        for (Map<String, String> row : table.rows()) {
            String cls = row.get("class");
            String value = row.get("value");
            classes.add(cls);
            Map<String, Set<String>> target = switch (row.get("kind")) {
                case "INGREDIENT" -> byIngredient;
                case "THERAPEUTIC_CLASS" -> byTherapeuticClass;
                case "EPC" -> byEpc;
                case "NOT_PRODUCT" -> excludedProducts;
                default -> throw new IllegalStateException(table.name() + ": unknown kind " + row.get("kind"));
            };
            target.computeIfAbsent(key(value), k -> new HashSet<>()).add(cls);
        }
    }

    String version() {
        return version;
    }

    Set<String> classes() {
        return classes;
    }

    /** The classes of each ingredient of the drug (ingredients in no class are left out). */
    synchronized Map<String, Set<String>> classesByIngredient(ResolvedDrug drug) {
        return cache.computeIfAbsent(drug, this::classify);
    }

    /** Whether any ingredient of the drug is in the class. */
    boolean inClass(ResolvedDrug drug, String cls) {
        for (Set<String> c : classesByIngredient(drug).values()) {
            if (c.contains(cls)) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Set<String>> classify(ResolvedDrug drug) {
        Set<String> excluded = drug.product() == null ? Set.of()
                : excludedProducts.getOrDefault(key(drug.product()), Set.of());
        Map<String, Set<String>> out = new HashMap<>();
        for (String ingredient : drug.ingredients()) {
            Set<String> found = new TreeSet<>(byIngredient.getOrDefault(key(ingredient), Set.of()));
            var known = catalog.drug(ingredient);
            if (known.isPresent()) {
                found.addAll(byTherapeuticClass.getOrDefault(key(known.get().therapeuticClass()), Set.of()));
            } else {
                for (String epc : drug.establishedClasses()) {
                    found.addAll(byEpc.getOrDefault(key(epc), Set.of()));
                }
            }
            found.removeAll(excluded);
            if (!found.isEmpty()) {
                out.put(ingredient, Set.copyOf(found));
            }
        }
        return Map.copyOf(out);
    }

    private static String key(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    }
}
