package com.healthoptions.mtm.text;

/** Reads a run of ASCII digits as a number, for the formats that allow no other digits, signs or spaces. */
public final class AsciiDigits {

    private AsciiDigits() {
    }

    /** The number {@code s[from, to)} spells in ASCII digits '0'-'9', or -1 when any character is not one. */
    public static int value(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
