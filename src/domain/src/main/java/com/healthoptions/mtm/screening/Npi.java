package com.healthoptions.mtm.screening;

import java.util.Optional;

/**
 * A National Provider Identifier: ten digits, the last a Luhn check digit computed over the first nine
 * prefixed with 80840 (the health-industry prefix of ISO 7812), as CMS's NPI check-digit rule says (CMS, "Requirements
 * for the NPI check digit"). Declared once; the claims intake and the screening read NPIs through it.
 */
public final class Npi {

    private static final String PREFIX = "80840";

    private Npi() {
    }

    /** The NPI when {@code raw} is ten digits with a correct check digit (blanks around it allowed), else empty. */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String npi = raw.strip();
        if (npi.length() != 10 || !npi.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return checkDigit(npi.substring(0, 9)) == npi.charAt(9) - '0' ? Optional.of(npi) : Optional.empty();
    }

    /** The Luhn check digit of 80840 followed by the nine digits. */
    static int checkDigit(String nineDigits) {
        String payload = PREFIX + nineDigits;
        int sum = 0;
        boolean doubled = true; // the rightmost payload digit is doubled (the check digit will follow it)
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
