package com.healthoptions.mtm.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the clinical reference data: chronic conditions and their ICD-10-CM ranges,
 * drugs by active ingredient, and brand names. Answers the questions the rules ask of it without
 * touching the database.
 */
public final class ReferenceCatalog {

    /** Salt, ester and hydrate words that FDA substance names carry and our ingredient keys do not. */
    private static final Set<String> SALT_WORDS = Set.of(
            "hydrochloride", "hcl", "dihydrochloride", "hydrobromide", "sodium", "potassium", "calcium",
            "magnesium", "besylate", "besilate", "maleate", "mesylate", "succinate", "tartrate", "bitartrate",
            "citrate", "sulfate", "acetate", "fumarate", "phosphate", "bromide", "chloride", "monohydrate",
            "dihydrate", "trihydrate", "sesquihydrate", "hemihydrate", "anhydrous", "propionate", "furoate",
            "dipropionate", "xinafoate", "disoproxil", "alafenamide", "hyclate", "lysine", "dimesylate",
            "malate", "hemifumarate", "valerate", "cypionate", "enanthate", "undecanoate", "trometamol",
            "tromethamine", "medoxomil", "cilexetil", "erbumine", "mofetil", "nitrate", "oxalate", "pamoate",
            "decanoate", "lactate", "gluconate", "saccharate", "aspartate", "benzoate", "stearate", "olamine",
            "esylate", "tosylate", "edisylate", "napsylate", "camsylate");

    /** Abbreviations pharmacy systems print in drug names. */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "hctz", "hydrochlorothiazide",
            "apap", "acetaminophen");

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private final Map<String, ChronicCondition> conditions;
    private final List<Icd10Range> icd10Ranges;
    private final Map<String, Drug> drugs;
    /** Ingredient keys by their words joined with one space ("omega 3 acid ethyl esters"). */
    private final Map<String, String> ingredientByWords;
    private final Map<String, Set<String>> brandIngredients;
    /** Ingredient and brand names as word sequences by their first word, longest first. */
    private final Map<String, List<NamedEntry>> namesByFirstWord;
    /** Established Pharmacologic Classes by {@link #pharmClassKey}: true for maintenance classes. */
    private final Map<String, Boolean> maintenanceByPharmClass;
    private final Map<String, Set<ChronicCondition>> conditionsByProduct;
    private final Map<String, NameSchedule> schedulesByName;

    public ReferenceCatalog(Collection<ChronicCondition> conditions, Collection<Icd10Range> icd10Ranges,
            Collection<Drug> drugs, Map<String, Set<String>> brandIngredients) {
        this(conditions, icd10Ranges, drugs, brandIngredients, ProductReference.NONE);
    }

    public ReferenceCatalog(Collection<ChronicCondition> conditions, Collection<Icd10Range> icd10Ranges,
            Collection<Drug> drugs, Map<String, Set<String>> brandIngredients, ProductReference products) {
        this.conditions = conditions.stream().collect(Collectors.toUnmodifiableMap(ChronicCondition::code, c -> c));
        this.icd10Ranges = List.copyOf(icd10Ranges);
        this.drugs = drugs.stream().collect(Collectors.toUnmodifiableMap(Drug::ingredient, d -> d));
        this.ingredientByWords = this.drugs.keySet().stream()
                .collect(Collectors.toUnmodifiableMap(k -> String.join(" ", words(k)), k -> k, (a, b) -> a));
        Map<String, Set<String>> brands = new HashMap<>();
        brandIngredients.forEach((brand, ingredients) -> brands.put(brand.toLowerCase(Locale.ROOT), Set.copyOf(ingredients)));
        this.brandIngredients = Map.copyOf(brands);
        List<NamedEntry> names = new ArrayList<>();
        this.drugs.keySet().forEach(i -> names.add(new NamedEntry(words(i), Set.of(i), null)));
        this.brandIngredients.forEach((b, ing) -> names.add(new NamedEntry(words(b), ing, b)));
        ABBREVIATIONS.forEach((abbreviation, ingredient) -> {
            if (this.drugs.containsKey(ingredient)) {
                names.add(new NamedEntry(List.of(abbreviation), Set.of(ingredient), null));
            }
        });
        names.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        Map<String, List<NamedEntry>> byFirstWord = new HashMap<>();
        for (NamedEntry entry : names) {
            if (!entry.words().isEmpty()) {
                byFirstWord.computeIfAbsent(entry.words().getFirst(), k -> new ArrayList<>()).add(entry);
            }
        }
        byFirstWord.replaceAll((word, entries) -> List.copyOf(entries));
        this.namesByFirstWord = Map.copyOf(byFirstWord);
        Map<String, Boolean> classes = new HashMap<>();
        products.maintenanceByPharmClass().forEach((name, maintenance) -> classes.put(pharmClassKey(name), maintenance));
        this.maintenanceByPharmClass = Map.copyOf(classes);
        Map<String, Set<ChronicCondition>> byProduct = new HashMap<>();
        products.conditionsByProduct().forEach((product, codes) -> byProduct.put(product.toLowerCase(Locale.ROOT),
                codes.stream().map(this.conditions::get).filter(java.util.Objects::nonNull)
                        .collect(Collectors.toUnmodifiableSet())));
        this.conditionsByProduct = Map.copyOf(byProduct);
        Map<String, NameSchedule> schedules = new HashMap<>();
        products.schedulesByName().forEach((name, schedule) -> schedules.put(String.join(" ", words(name)), schedule));
        this.schedulesByName = Map.copyOf(schedules);
    }

    public Optional<ChronicCondition> condition(String code) {
        return Optional.ofNullable(conditions.get(code));
    }

    public Collection<ChronicCondition> conditions() {
        return conditions.values();
    }

    public Optional<Drug> drug(String ingredient) {
        return Optional.ofNullable(drugs.get(ingredient));
    }

    public int drugCount() {
        return drugs.size();
    }

    /** The brand's ingredients, or empty when the name is not a known brand (case-insensitive). */
    public Set<String> brandIngredients(String brand) {
        return brandIngredients.getOrDefault(brand.toLowerCase(Locale.ROOT).strip(), Set.of());
    }

    public Map<String, Set<String>> brands() {
        return brandIngredients;
    }

    public Collection<Drug> drugs() {
        return drugs.values();
    }

    /** The chronic conditions an ICD-10-CM code identifies (several when the code combines them). */
    public Set<ChronicCondition> conditionsForIcd10(String icd10Code) {
        String code = Icd10Range.normalize(icd10Code);
        Set<ChronicCondition> found = new LinkedHashSet<>();
        for (Icd10Range range : icd10Ranges) {
            if (range.contains(code)) {
                found.add(conditions.get(range.conditionCode()));
            }
        }
        return found;
    }

    /** The chronic conditions a drug implies by itself (metformin: diabetes). */
    public Set<ChronicCondition> conditionsImpliedBy(Collection<String> ingredients) {
        Set<ChronicCondition> found = new LinkedHashSet<>();
        for (String ingredient : ingredients) {
            Drug drug = drugs.get(ingredient);
            if (drug != null) {
                drug.impliedConditionCodes().forEach(code -> found.add(conditions.get(code)));
            }
        }
        return found;
    }

    /**
     * Maps an FDA substance name ({@code "ATORVASTATIN CALCIUM TRIHYDRATE"}) to our ingredient key
     * ({@code "atorvastatin"}). A name that is itself a key is kept ({@code "sodium oxybate"}); otherwise
     * salt words are dropped. Unknown substances come back cleaned, so they still identify a drug.
     */
    public String ingredientKey(String substanceName) {
        List<String> all = words(substanceName);
        String known = ingredientByWords.get(String.join(" ", all));
        if (known != null) {
            return known;
        }
        // Drop trailing salt words one at a time: "tenofovir disoproxil fumarate" is its own drug.
        List<String> trimmed = new ArrayList<>(all);
        while (trimmed.size() > 1 && SALT_WORDS.contains(trimmed.getLast())) {
            trimmed.removeLast();
            known = ingredientByWords.get(String.join(" ", trimmed));
            if (known != null) {
                return known;
            }
        }
        String saltFree = all.stream().filter(w -> !SALT_WORDS.contains(w)).collect(Collectors.joining(" "));
        known = ingredientByWords.get(saltFree);
        if (known != null) {
            return known;
        }
        return saltFree.isEmpty() ? String.join(" ", all) : saltFree;
    }

    /**
     * The ingredients named in free text such as a claim's drug name ({@code "NORCO 5-325 TAB"},
     * {@code "Lisinopril-HCTZ 20/12.5"}): ingredient and brand names found as whole words, longest
     * match first. Empty when nothing is recognised.
     */
    public Set<String> ingredientsNamedIn(String text) {
        return namedIn(text).ingredients();
    }

    /** The brand names (lower case) found in free text, by the same matching as {@link #ingredientsNamedIn}. */
    public Set<String> brandsNamedIn(String text) {
        return namedIn(text).brands();
    }

    private Names namedIn(String text) {
        if (text == null || text.isBlank()) {
            return Names.EMPTY;
        }
        List<String> tokens = words(text);
        Set<String> found = new TreeSet<>();
        Set<String> brands = new TreeSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 1;
            for (NamedEntry entry : namesByFirstWord.getOrDefault(tokens.get(i), List.of())) {
                int n = entry.words().size();
                if (i + n <= tokens.size() && tokens.subList(i, i + n).equals(entry.words())) {
                    found.addAll(entry.ingredients());
                    if (entry.brand() != null) {
                        brands.add(entry.brand());
                    }
                    matched = n;
                    break; // entries are longest first: the longest name starting here wins
                }
            }
            i += matched;
        }
        return new Names(found, brands);
    }

    /**
     * Resolves a fill's drug: the NDC directory's substances when the product is known, otherwise the
     * ingredients and brands named in the claim's drug name.
     */
    public ResolvedDrug resolve(Collection<String> ndcSubstances, String drugName) {
        return resolve(ndcSubstances, drugName, null, null);
    }

    /**
     * Resolves a fill's drug. With NDC directory substances, {@code productName} is the directory's
     * proprietary name and {@code pharmClasses} its PHARM_CLASSES; otherwise the drug name's ingredients
     * and brands are used. Maintenance status follows {@link #maintenance}; implied conditions follow
     * {@link #conditionsImpliedBy(Collection, Collection)}.
     */
    public ResolvedDrug resolve(Collection<String> ndcSubstances, String drugName, String productName,
            String pharmClasses) {
        Set<String> ingredients = new TreeSet<>();
        Set<String> brands;
        ResolvedDrug.Source source;
        if (!ndcSubstances.isEmpty()) {
            ndcSubstances.forEach(s -> ingredients.add(ingredientKey(s)));
            source = ResolvedDrug.Source.NDC;
            brands = productName == null ? Set.of() : brandsNamedIn(productName);
        } else {
            Names names = namedIn(drugName);
            ingredients.addAll(names.ingredients());
            brands = names.brands();
            source = ingredients.isEmpty() ? ResolvedDrug.Source.UNRESOLVED : ResolvedDrug.Source.DRUG_NAME;
        }
        MaintenanceClass maintenance = maintenance(ingredients, source == ResolvedDrug.Source.NDC ? pharmClasses : null);
        String product = brands.isEmpty() ? null : String.join(" + ", brands);
        return new ResolvedDrug(new TreeSet<>(ingredients), product, maintenance.maintenance(), maintenance.basis(),
                conditionsImpliedBy(brands, ingredients), source,
                source == ResolvedDrug.Source.NDC ? establishedPharmacologicClasses(pharmClasses) : List.of());
    }

    /**
     * Whether a product is a Part D maintenance drug. The drug table overrides: a product with a chronic
     * ingredient is one, a product whose ingredients are all known and none chronic is not. Otherwise the
     * product's FDA Established Pharmacologic Classes decide (a maintenance class wins over the others);
     * a product with no known class falls to the default, not maintenance.
     */
    public MaintenanceClass maintenance(Collection<String> ingredients, String pharmClasses) {
        boolean allKnown = !ingredients.isEmpty();
        for (String ingredient : ingredients) {
            Drug drug = drugs.get(ingredient);
            if (drug == null) {
                allKnown = false;
            } else if (drug.chronic()) {
                return new MaintenanceClass(true, ResolvedDrug.MaintenanceBasis.INGREDIENT_TABLE, null);
            }
        }
        if (allKnown) {
            return new MaintenanceClass(false, ResolvedDrug.MaintenanceBasis.INGREDIENT_TABLE, null);
        }
        String notMaintenance = null;
        for (String epc : establishedPharmacologicClasses(pharmClasses)) {
            Boolean maintenance = maintenanceByPharmClass.get(pharmClassKey(epc));
            if (Boolean.TRUE.equals(maintenance)) {
                return new MaintenanceClass(true, ResolvedDrug.MaintenanceBasis.PHARM_CLASS, epc);
            }
            if (maintenance != null && notMaintenance == null) {
                notMaintenance = epc;
            }
        }
        return notMaintenance != null
                ? new MaintenanceClass(false, ResolvedDrug.MaintenanceBasis.PHARM_CLASS, notMaintenance)
                : new MaintenanceClass(false, ResolvedDrug.MaintenanceBasis.DEFAULT, null);
    }

    /**
     * The chronic conditions a product implies: a product row (its brand, else its ingredient combination,
     * "sacubitril + valsartan") replaces its ingredients' conditions; otherwise the union of those.
     */
    public Set<ChronicCondition> conditionsImpliedBy(Collection<String> brands, Collection<String> ingredients) {
        Set<ChronicCondition> byBrand = null;
        for (String brand : brands) {
            Set<ChronicCondition> c = conditionsByProduct.get(brand);
            if (c != null) {
                byBrand = byBrand == null ? new LinkedHashSet<>() : byBrand;
                byBrand.addAll(c);
            }
        }
        if (byBrand != null) {
            return byBrand;
        }
        Set<ChronicCondition> byCombination = conditionsByProduct.get(String.join(" + ", new TreeSet<>(ingredients)));
        return byCombination != null ? byCombination : conditionsImpliedBy(ingredients);
    }

    /** The product's own DEA schedule when it differs from its ingredients' (name as a member types it). */
    public Optional<NameSchedule> scheduleByName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(schedulesByName.get(String.join(" ", words(name))));
    }

    /** The EPC entries of an FDA PHARM_CLASSES value ("A [EPC], B [MoA], C [EPC]"), without "[EPC]". */
    public static List<String> establishedPharmacologicClasses(String pharmClasses) {
        if (pharmClasses == null || pharmClasses.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String entry : pharmClasses.split("\\]")) {
            String e = entry.strip();
            if (e.startsWith(",")) {
                e = e.substring(1).strip();
            }
            int open = e.lastIndexOf('[');
            if (open > 0 && e.substring(open + 1).strip().equalsIgnoreCase("EPC")) {
                out.add(e.substring(0, open).strip());
            }
        }
        return out;
    }

    /** EPC names compared without case, hyphens or repeated blanks ("Angiotensin-converting" = "Angiotensin Converting"). */
    static String pharmClassKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(lower)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A name as word sequence; {@code brand} is the brand name, or null for an ingredient or abbreviation. */
    private record NamedEntry(List<String> words, Set<String> ingredients, String brand) {
    }

    private record Names(Set<String> ingredients, Set<String> brands) {
        static final Names EMPTY = new Names(Set.of(), Set.of());
    }
}
