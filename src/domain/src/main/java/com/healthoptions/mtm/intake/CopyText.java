package com.healthoptions.mtm.intake;

/** PostgreSQL {@code COPY}'s text format, as staging writes it: tab between fields, {@code \N} for null. */
public final class CopyText {

    /** What stands for SQL null in a row. */
    public static final String NULL = "\\N";

    private CopyText() {
    }

    /** {@code value} as one field: backslash, tab, newline and carriage return escaped, the rest as is. */
    public static void field(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
