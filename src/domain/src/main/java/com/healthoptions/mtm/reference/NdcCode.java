package com.healthoptions.mtm.reference;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * National Drug Codes in their published forms. Package NDCs are ten digits in 4-4-2, 5-3-2 or 5-4-1
 * segments; billing uses the 11-digit 5-4-2 form with zero padding, whose first nine digits identify
 * the product (labeler + product) whatever the original segmentation.
 */
public final class NdcCode {

    private static final Pattern DASHED = Pattern.compile("^(\\d{4,5})-(\\d{3,4})-(\\d{1,2})$");
    private static final Pattern DIGITS = Pattern.compile("^\\d{10,11}$");
    private static final Pattern PRODUCT = Pattern.compile("^(\\d{4,5})-(\\d{3,4})$");

    private NdcCode() {
    }

    /**
     * The 11-digit forms a package NDC may stand for. Dashed and 11-digit input has one reading; ten
     * undashed digits are ambiguous (4-4-2, 5-3-2 or 5-4-1), so every reading is returned. Empty when
     * the input is not an NDC.
     */
    public static List<String> elevenDigitCandidates(String input) {
        if (input == null) {
            return List.of();
        }
        String s = input.strip();
        var dashed = DASHED.matcher(s);
        if (dashed.matches()) {
            String labeler = dashed.group(1);
            String product = dashed.group(2);
            String pack = dashed.group(3);
            if (labeler.length() + product.length() + pack.length() != 10 && s.length() != 13) {
                return List.of();
            }
            return List.of(pad(labeler, 5) + pad(product, 4) + pad(pack, 2));
        }
        if (!DIGITS.matcher(s).matches()) {
            return List.of();
        }
        if (s.length() == 11) {
            return List.of(s);
        }
        return List.of(
                "0" + s,                                             // 4-4-2
                s.substring(0, 5) + "0" + s.substring(5),            // 5-3-2
                s.substring(0, 9) + "0" + s.substring(9));           // 5-4-1
    }

    /** The single 11-digit form of an unambiguous NDC (dashed or 11 digits), as claims carry it. */
    public static Optional<String> toElevenDigits(String input) {
        List<String> candidates = elevenDigitCandidates(input);
        return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
    }

    /** The nine-digit product key (labeler 5 + product 4) of an 11-digit NDC. */
    public static String productKey(String elevenDigits) {
        return elevenDigits.substring(0, 9);
    }

    /** The product key of an FDA PRODUCTNDC such as {@code 0002-1433} or {@code 50090-123}. */
    public static Optional<String> productKeyOfProductNdc(String productNdc) {
        if (productNdc == null) {
            return Optional.empty();
        }
        var m = PRODUCT.matcher(productNdc.strip());
        // 4-4 and 5-3 (from 10-digit packages in 4-4-2 and 5-3-2) or 5-4 (from 5-4-1).
        if (!m.matches() || (m.group(1).length() == 4 && m.group(2).length() != 4)) {
            return Optional.empty();
        }
        return Optional.of(pad(m.group(1), 5) + pad(m.group(2), 4));
    }

    private static String pad(String digits, int width) {
        return "0".repeat(width - digits.length()) + digits;
    }
}
