package com.healthoptions.mtm.program;

/** A yes/no the vendor may not know (CMS: Y, N, U). Files say Y, N, U or the names. */
public enum Indicator {
    YES, NO, UNKNOWN;

    public static java.util.Optional<Indicator> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "Y", "YES" -> java.util.Optional.of(YES);
            case "N", "NO" -> java.util.Optional.of(NO);
            case "U", "UNKNOWN" -> java.util.Optional.of(UNKNOWN);
            default -> java.util.Optional.empty();
        };
    }
}
