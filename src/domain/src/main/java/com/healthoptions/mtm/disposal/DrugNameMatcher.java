package com.healthoptions.mtm.disposal;

import com.healthoptions.mtm.reference.Drug;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Recognises the drug in what a member typed: ingredient names (case-insensitive, as whole words), then
 * brand names, then small misspellings of either (Damerau-Levenshtein, at most one edit for names of 5-8
 * letters and two from 9; names under 5 letters must be exact). Dosage-form words (patch, inhaler, pen,
 * solution, gel, ...) are read apart from the name; strengths and words like "tablets" or "expired" are
 * ignored. Immutable and thread-safe.
 */
public final class DrugNameMatcher {

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    /** Pharmacy abbreviations for ingredients (the claims matcher in ReferenceCatalog reads the same two). */
    private static final Map<String, String> ABBREVIATIONS = Map.of("apap", "acetaminophen", "hctz", "hydrochlorothiazide");

    /** Words that name a dosage form. "gel" is read with the drug: rectal for diazepam, topical otherwise. */
    private static final Map<String, DosageForm> FORM_WORDS = formWords();

    /** When several form words appear, the one whose handling matters most wins (sharps before all). */
    private static final List<DosageForm> FORM_PRIORITY = List.of(DosageForm.INJECTABLE, DosageForm.INHALER,
            DosageForm.PATCH, DosageForm.RECTAL_GEL, DosageForm.OTHER, DosageForm.LIQUID, DosageForm.SOLID);

    private static final Set<String> NOISE = Set.of(
            "mg", "mcg", "ml", "g", "gm", "gram", "grams", "unit", "units", "iu", "meq", "percent", "hr", "hour",
            "hours", "day", "daily", "er", "xr", "sr", "cr", "la", "ir", "dr", "ec", "xl", "odt", "extended",
            "release", "immediate", "delayed", "acting", "long", "short", "rapid", "oral", "by", "mouth",
            "generic", "brand", "name", "and", "with", "plus", "w", "of", "the", "my", "a", "an", "for", "in",
            "to", "box", "bottle", "old", "expired", "unused", "leftover", "left", "over", "medicine",
            "medicines", "medication", "medications", "drug", "drugs", "prescription", "rx", "system", "dose",
            "doses", "strength", "hcl", "hydrochloride", "sulfate", "bitartrate", "tartrate", "citrate",
            "phosphate", "sodium", "potassium", "besylate", "maleate", "mesylate", "succinate", "acetate",
            "fumarate", "bromide", "chloride", "how", "do", "i", "dispose", "disposal", "get", "rid", "throw",
            "away");

    private record Name(List<String> words, String text, Set<String> ingredients, boolean brand) {
    }

    private final Map<List<String>, Name> byWords;
    private final int longestName;
    private final List<Name> names;
    private final DisposalReference reference;

    public DrugNameMatcher(ReferenceCatalog catalog, DisposalReference reference) {
        this.reference = reference;
        Map<List<String>, Name> map = new HashMap<>();
        catalog.brands().forEach((brand, ingredients) -> {
            List<String> words = words(brand);
            if (!words.isEmpty()) {
                map.put(words, new Name(words, String.join(" ", words), Set.copyOf(ingredients), true));
            }
        });
        // Ingredients last: a word sequence that is both an ingredient and a brand is the ingredient.
        for (Drug drug : catalog.drugs()) {
            List<String> words = words(drug.ingredient());
            map.put(words, new Name(words, String.join(" ", words), Set.of(drug.ingredient()), false));
        }
        ABBREVIATIONS.forEach((abbreviation, ingredient) -> {
            if (catalog.drug(ingredient).isPresent()) {
                map.put(List.of(abbreviation), new Name(List.of(abbreviation), ingredient, Set.of(ingredient), false));
            }
        });
        this.byWords = Map.copyOf(map);
        this.longestName = map.keySet().stream().mapToInt(List::size).max().orElse(1);
        // A fixed order (ingredients before brands, then by name) so ties always resolve the same way.
        this.names = map.values().stream()
                .sorted(Comparator.comparing(Name::brand).thenComparing(Name::text)).toList();
    }

    public DrugNameMatch match(String query) {
        List<String> tokens = words(query == null ? "" : query);
        boolean[] used = new boolean[tokens.size()];
        List<Name> matched = new ArrayList<>();
        boolean fuzzy = false;

        // Exact names, leftmost and longest first ("tylenol with codeine" before "tylenol").
        for (int i = 0; i < tokens.size(); ) {
            Name found = null;
            for (int length = Math.min(longestName, tokens.size() - i); length >= 1 && found == null; length--) {
                found = byWords.get(tokens.subList(i, i + length));
                if (found != null) {
                    matched.add(found);
                    for (int k = i; k < i + length; k++) {
                        used[k] = true;
                    }
                    i += length;
                }
            }
            if (found == null) {
                i++;
            }
        }

        // What is left: form words, noise, and unknown words that may be misspellings.
        Set<DosageForm> statedForms = new HashSet<>();
        boolean gel = false;
        boolean rectal = false;
        List<List<String>> unknownRuns = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean unknown = false;
            if (!used[i]) {
                if (token.equals("gel") || token.equals("gels")) {
                    gel = true;
                } else if (FORM_WORDS.containsKey(token)) {
                    statedForms.add(FORM_WORDS.get(token));
                    rectal |= token.equals("rectal");
                    // "insulin" both hints the form and starts a name ("insulin glargin" is a misspelling).
                    unknown = token.equals("insulin");
                } else if (!NOISE.contains(token) && !HAS_DIGIT.matcher(token).matches()) {
                    unknown = true;
                }
            }
            if (unknown) {
                run.add(token);
            } else if (!run.isEmpty()) {
                unknownRuns.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            unknownRuns.add(run);
        }
        for (List<String> unknown : unknownRuns) {
            Optional<Name> whole = closest(String.join(" ", unknown));
            if (whole.isPresent()) {
                matched.add(whole.get());
                fuzzy = true;
            } else if (unknown.size() > 1) {
                for (String token : unknown) {
                    Optional<Name> single = closest(token);
                    if (single.isPresent()) {
                        matched.add(single.get());
                        fuzzy = true;
                    }
                }
            }
        }

        TreeSet<String> ingredients = new TreeSet<>();
        matched.forEach(n -> ingredients.addAll(n.ingredients()));
        if (gel) {
            boolean rectalGelDrug = ingredients.stream().anyMatch(i -> reference.hasFlushFormRule(i, DosageForm.RECTAL_GEL));
            statedForms.add(rectal || rectalGelDrug ? DosageForm.RECTAL_GEL : DosageForm.OTHER);
        }
        DosageForm stated = FORM_PRIORITY.stream().filter(statedForms::contains).findFirst().orElse(null);
        if (matched.isEmpty()) {
            return DrugNameMatch.none(stated);
        }
        MatchKind kind = fuzzy ? MatchKind.FUZZY : matched.stream().anyMatch(Name::brand) ? MatchKind.BRAND : MatchKind.EXACT;
        Set<String> displayNames = new LinkedHashSet<>();
        matched.forEach(n -> displayNames.add(n.text()));
        DosageForm form = stated != null ? stated : impliedForm(matched, ingredients);
        return new DrugNameMatch(kind, String.join(" + ", displayNames), ingredients, form);
    }

    /** The brand's single form, else the one form all the ingredients that have one share, else null. */
    private DosageForm impliedForm(List<Name> matched, Set<String> ingredients) {
        for (Name name : matched) {
            if (name.brand()) {
                Optional<DosageForm> form = reference.brandForm(name.text());
                if (form.isPresent()) {
                    return form.get();
                }
            }
        }
        Set<DosageForm> forms = new HashSet<>();
        ingredients.forEach(i -> reference.ingredientForm(i).ifPresent(forms::add));
        return forms.size() == 1 ? forms.iterator().next() : null;
    }

    /** The one name within the length-scaled edit bound, or empty when none is, or the closest disagree. */
    private Optional<Name> closest(String text) {
        int bound = text.length() < 5 ? 0 : text.length() < 9 ? 1 : 2;
        if (bound == 0) {
            return Optional.empty();
        }
        int best = bound + 1;
        List<Name> closest = new ArrayList<>();
        for (Name name : names) {
            int d = EditDistance.within(text, name.text(), Math.min(bound, best));
            if (d < best) {
                best = d;
                closest.clear();
                closest.add(name);
            } else if (d == best && d <= bound) {
                closest.add(name);
            }
        }
        if (closest.isEmpty()) {
            return Optional.empty();
        }
        Set<Set<String>> readings = new HashSet<>();
        closest.forEach(n -> readings.add(n.ingredients()));
        // Two names at the same distance that mean different drugs: better no answer than a wrong one.
        return readings.size() == 1 ? Optional.of(closest.getFirst()) : Optional.empty();
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static Map<String, DosageForm> formWords() {
        Map<String, DosageForm> words = new HashMap<>();
        for (String w : List.of("patch", "patches", "transdermal")) {
            words.put(w, DosageForm.PATCH);
        }
        for (String w : List.of("inhaler", "inhalers", "inhalation", "inhaled", "aerosol", "hfa", "mdi", "puffer",
                "diskus", "ellipta", "respimat", "handihaler", "flexhaler", "pressair")) {
            words.put(w, DosageForm.INHALER);
        }
        // "insulin" alone: every insulin but Afrezza (a brand name, matched before this) is injected.
        for (String w : List.of("pen", "pens", "needle", "needles", "syringe", "syringes", "injection", "injections",
                "injectable", "injector", "injectors", "autoinjector", "autoinjectors", "lancet", "lancets", "sharps",
                "vial", "vials", "kwikpen", "flexpen", "flextouch", "solostar", "cartridge", "cartridges", "insulin")) {
            words.put(w, DosageForm.INJECTABLE);
        }
        for (String w : List.of("solution", "liquid", "suspension", "syrup", "elixir", "concentrate")) {
            words.put(w, DosageForm.LIQUID);
        }
        words.put("rectal", DosageForm.RECTAL_GEL);
        for (String w : List.of("tablet", "tablets", "tab", "tabs", "capsule", "capsules", "cap", "caps", "pill",
                "pills", "caplet", "caplets", "lozenge", "lozenges", "troche", "film", "films", "sublingual", "buccal")) {
            words.put(w, DosageForm.SOLID);
        }
        for (String w : List.of("cream", "ointment", "spray", "nasal", "drops", "eye", "ophthalmic", "suppository",
                "suppositories", "lotion", "topical")) {
            words.put(w, DosageForm.OTHER);
        }
        return Map.copyOf(words);
    }
}
