package com.healthoptions.mtm.reference;

/** DEA controlled-substance schedules that reach outpatient pharmacies (21 CFR 1308). */
public enum DeaSchedule {
    CII, CIII, CIV, CV;

    /** Parses the forms the FDA NDC directory and our tables use: {@code CII}, {@code C-II}, {@code cii}; blank is none. */
    public static DeaSchedule parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String compact = value.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return switch (compact) {
            case "CII", "C2" -> CII;
            case "CIII", "C3" -> CIII;
            case "CIV", "C4" -> CIV;
            case "CV", "C5" -> CV;
            default -> throw new IllegalArgumentException("not a DEA schedule: " + value);
        };
    }

    /** The more restrictive of two schedules (CII is the strictest); null means not controlled. */
    public static DeaSchedule strictest(DeaSchedule a, DeaSchedule b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
