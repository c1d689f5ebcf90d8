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
            "decanoate", "lactate", "gluconate", "saccharate", "aspartate", "benzoate", "stearate", "olamine");

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

    public ReferenceCatalog(Collection<ChronicCondition> conditions, Collection<Icd10Range> icd10Ranges,
            Collection<Drug> drugs, Map<String, Set<String>> brandIngredients) {
        this.conditions = conditions.stream().collect(Collectors.toUnmodifiableMap(ChronicCondition::code, c -> c));
        this.icd10Ranges = List.copyOf(icd10Ranges);
        this.drugs = drugs.stream().collect(Collectors.toUnmodifiableMap(Drug::ingredient, d -> d));
        this.ingredientByWords = this.drugs.keySet().stream()
                .collect(Collectors.toUnmodifiableMap(k -> String.join(" ", words(k)), k -> k, (a, b) -> a));
        Map<String, Set<String>> brands = new HashMap<>();
        brandIngredients.forEach((brand, ingredients) -> brands.put(brand.toLowerCase(Locale.ROOT), Set.copyOf(ingredients)));
        this.brandIngredients = Map.copyOf(brands);
        List<NamedEntry> names = new ArrayList<>();
        this.drugs.keySet().forEach(i -> names.add(new NamedEntry(words(i), Set.of(i))));
        this.brandIngredients.forEach((b, ing) -> names.add(new NamedEntry(words(b), ing)));
        ABBREVIATIONS.forEach((abbreviation, ingredient) -> {
            if (this.drugs.containsKey(ingredient)) {
                names.add(new NamedEntry(List.of(abbreviation), Set.of(ingredient)));
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
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        List<String> tokens = words(text);
        Set<String> found = new TreeSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 1;
            for (NamedEntry entry : namesByFirstWord.getOrDefault(tokens.get(i), List.of())) {
                int n = entry.words().size();
                if (i + n <= tokens.size() && tokens.subList(i, i + n).equals(entry.words())) {
                    found.addAll(entry.ingredients());
                    matched = n;
                    break; // entries are longest first: the longest name starting here wins
                }
            }
            i += matched;
        }
        return found;
    }

    /**
     * Resolves a fill's drug: the NDC directory's substances when the product is known, otherwise the
     * ingredients and brands named in the claim's drug name.
     */
    public ResolvedDrug resolve(Collection<String> ndcSubstances, String drugName) {
        Set<String> ingredients = new TreeSet<>();
        ResolvedDrug.Source source;
        if (!ndcSubstances.isEmpty()) {
            ndcSubstances.forEach(s -> ingredients.add(ingredientKey(s)));
            source = ResolvedDrug.Source.NDC;
        } else {
            ingredients.addAll(ingredientsNamedIn(drugName));
            source = ingredients.isEmpty() ? ResolvedDrug.Source.UNRESOLVED : ResolvedDrug.Source.DRUG_NAME;
        }
        boolean chronic = ingredients.stream().map(drugs::get).anyMatch(d -> d != null && d.chronic());
        return new ResolvedDrug(new TreeSet<>(ingredients), chronic, conditionsImpliedBy(ingredients), source);
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

    private record NamedEntry(List<String> words, Set<String> ingredients) {
    }
}
