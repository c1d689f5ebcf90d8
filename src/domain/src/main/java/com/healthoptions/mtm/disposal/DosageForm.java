package com.healthoptions.mtm.disposal;

import java.util.Locale;

/**
 * The dosage forms whose disposal differs. A drug whose form is not known is disposed of as a
 * {@link #SOLID}: the general FDA and DEA guidance is written for pills.
 */
public enum DosageForm {
    /** Tablets, capsules, buccal or sublingual films, lozenges. */
    SOLID,
    /** Transdermal systems: fold sticky sides together. */
    PATCH,
    /** Metered-dose, dry-powder and soft-mist inhalers: never puncture or burn. */
    INHALER,
    /** Pens, prefilled syringes, vials and auto-injectors: needles are sharps. */
    INJECTABLE,
    /** Oral solutions, suspensions, syrups, concentrates. */
    LIQUID,
    /** Rectal gel delivery systems (diazepam rectal gel). */
    RECTAL_GEL,
    /** Creams, topical gels, nasal sprays, drops, suppositories. */
    OTHER;

    /**
     * The form of an FDA NDC directory product from its DOSAGEFORMNAME and ROUTENAME
     * ({@code "PATCH, EXTENDED RELEASE"}, {@code "AEROSOL, METERED"} + {@code "RESPIRATORY (INHALATION)"}),
     * or null when the directory says nothing usable.
     */
    public static DosageForm ofNdcDirectory(String dosageFormName, String routeName) {
        String form = dosageFormName == null ? "" : dosageFormName.toUpperCase(Locale.ROOT);
        String route = routeName == null ? "" : routeName.toUpperCase(Locale.ROOT);
        if (form.isBlank()) {
            return null;
        }
        if (form.contains("PATCH") || route.contains("TRANSDERMAL")) {
            return PATCH;
        }
        if (form.startsWith("INJECT") || route.contains("SUBCUTANEOUS") || route.contains("INTRAMUSCULAR")
                || route.contains("INTRAVENOUS")) {
            return INJECTABLE;
        }
        if (route.contains("INHALATION") && (form.contains("AEROSOL") || form.contains("POWDER")
                || form.contains("SPRAY") || form.contains("INHALANT") || form.contains("CAPSULE"))) {
            return INHALER;
        }
        if (form.startsWith("GEL") && route.contains("RECTAL")) {
            return RECTAL_GEL;
        }
        if (route.contains("ORAL") && (form.startsWith("SOLUTION") || form.startsWith("SUSPENSION")
                || form.startsWith("SYRUP") || form.startsWith("ELIXIR") || form.startsWith("CONCENTRATE")
                || form.startsWith("LIQUID") || form.startsWith("TINCTURE"))) {
            return LIQUID;
        }
        if (form.startsWith("TABLET") || form.startsWith("CAPSULE") || form.startsWith("FILM")
                || form.startsWith("LOZENGE") || form.startsWith("TROCHE") || form.startsWith("PILL")
                || form.startsWith("GRANULE") || form.startsWith("PELLET") || form.startsWith("WAFER")) {
            return SOLID;
        }
        return OTHER;
    }
}
