package com.healthoptions.mtm.disposal;

import com.healthoptions.mtm.reference.DeaSchedule;
import com.healthoptions.mtm.reference.Drug;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The disposal-specific reference data (V400): flush-list entries that hold for one form only, the form a
 * brand name implies and the form every product of an ingredient has. Immutable.
 */
public final class DisposalReference {

    /** One form-specific FDA flush-list entry, e.g. diazepam as {@link DosageForm#RECTAL_GEL}. */
    public record FlushFormRule(String ingredient, DosageForm form, String listedAs) {
    }

    private final Map<String, Map<DosageForm, String>> flushFormRules;
    private final Map<String, DosageForm> brandForms;
    private final Map<String, DosageForm> ingredientForms;

    public DisposalReference(Collection<FlushFormRule> flushFormRules, Map<String, DosageForm> brandForms,
            Map<String, DosageForm> ingredientForms) {
        Map<String, Map<DosageForm, String>> rules = new HashMap<>();
        flushFormRules.forEach(r -> rules.computeIfAbsent(r.ingredient(), k -> new EnumMap<>(DosageForm.class))
                .put(r.form(), r.listedAs()));
        this.flushFormRules = Map.copyOf(rules);
        this.brandForms = Map.copyOf(brandForms);
        this.ingredientForms = Map.copyOf(ingredientForms);
    }

    /** The form a brand is sold in, when it is sold in one form only (lower-case brand name). */
    public Optional<DosageForm> brandForm(String brand) {
        return Optional.ofNullable(brandForms.get(brand));
    }

    /** The form every outpatient product of the ingredient has, if they share one. */
    public Optional<DosageForm> ingredientForm(String ingredient) {
        return Optional.ofNullable(ingredientForms.get(ingredient));
    }

    public boolean hasFlushFormRule(String ingredient, DosageForm form) {
        return flushFormRules.getOrDefault(ingredient, Map.of()).containsKey(form);
    }

    /**
     * How the FDA flush list names this ingredient in this form, or empty when it is not on the list in
     * that form. The list names no injectables; an unknown form matches only whole-ingredient entries.
     */
    public Optional<String> flushListing(Drug drug, String ingredient, DosageForm form) {
        if (form == DosageForm.INJECTABLE) {
            return Optional.empty();
        }
        if (drug != null && drug.fdaFlushList()) {
            return Optional.of(ingredient);
        }
        return form == null ? Optional.empty()
                : Optional.ofNullable(flushFormRules.getOrDefault(ingredient, Map.of()).get(form));
    }

    /**
     * The rules' view of a drug: the ingredients' flush-list entries in this form and their strictest
     * schedule. {@code productSchedule} (the NDC directory's, for one product) wins over the ingredients':
     * codeine is C-II alone but C-III or C-V in combinations.
     */
    public DisposalSubject subject(ReferenceCatalog catalog, Collection<String> ingredients, DosageForm form,
            DeaSchedule productSchedule) {
        TreeSet<String> flushListedAs = new TreeSet<>();
        List<String> otherForms = new ArrayList<>();
        DeaSchedule schedule = null;
        for (String ingredient : new TreeSet<>(ingredients)) {
            Drug drug = catalog.drug(ingredient).orElse(null);
            if (drug != null) {
                schedule = DeaSchedule.strictest(schedule, drug.deaSchedule());
            }
            flushListing(drug, ingredient, form).ifPresent(flushListedAs::add);
            flushFormRules.getOrDefault(ingredient, Map.of()).forEach((ruleForm, listedAs) -> {
                if (ruleForm != form) {
                    otherForms.add(listedAs);
                }
            });
        }
        return new DisposalSubject(true, new TreeSet<>(ingredients), form,
                productSchedule != null ? productSchedule : schedule, flushListedAs, otherForms);
    }
}
