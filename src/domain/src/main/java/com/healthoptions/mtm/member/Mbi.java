package com.healthoptions.mtm.member;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Medicare Beneficiary Identifier, as CMS defines its form: 11 characters, position 1 a digit 1-9,
 * positions 2, 5, 8 and 9 letters, 4, 7, 10 and 11 digits, 3 and 6 a letter or digit; letters never
 * S, L, O, I, B or Z. Printed with dashes (1EG4-TE5-MK73); stored and reported without them.
 */
public final class Mbi {

    private static final String L = "[AC-HJKMNP-RT-Y]";
    private static final Pattern FORM = Pattern.compile(
            "^[1-9]" + L + "(" + L + "|[0-9])[0-9]" + L + "(" + L + "|[0-9])[0-9]" + L + L + "[0-9]{2}$");

    private Mbi() {
    }

    /** The stored form (upper case, dashes and spaces removed) when the text is an MBI. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return FORM.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    public static boolean isValid(String stored) {
        return stored != null && FORM.matcher(stored).matches();
    }
}
