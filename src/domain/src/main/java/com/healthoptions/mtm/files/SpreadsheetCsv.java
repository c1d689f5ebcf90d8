package com.healthoptions.mtm.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file a person opens in a spreadsheet (the outreach file, the daily work list): RFC 4180 (CRLF, quotes
 * only where needed) with a header row, and safe to open. A text cell starting with = + - @, tab or CR would
 * be run as a formula (a roster name {@code =HYPERLINK(...)}), so it is prefixed with an apostrophe (OWASP's
 * CSV injection advice). Numbers and dates print as they are; a phone number in E.164 ("+" and digits) stays
 * as the dialler needs it ({@link #dialable}), anything else in a phone column is neutralised like text.
 */
public final class SpreadsheetCsv implements Closeable {

    private static final Pattern E164 = Pattern.compile("\\+[0-9]{7,15}");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** A phone cell: kept as is when it is E.164, neutralised like any text otherwise. */
    public record Dialable(String number) {
    }

    private final CSVPrinter printer;

    public SpreadsheetCsv(Writer out, String... header) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dialable dialable(String number) {
        return new Dialable(number);
    }

    /** One record; {@code null} is an empty cell. */
    public void row(Object... cells) throws IOException {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = safe(cells[i]);
        }
        printer.printRecord(safe);
    }

    static Object safe(Object cell) {
        return switch (cell) {
            case null -> "";
            case Dialable(String number) when number != null && E164.matcher(number).matches() -> number;
            case Dialable(String number) -> text(number);
            case String text -> text(text);
            default -> cell;
        };
    }

    private static String text(String v) {
        if (v == null) {
            return "";
        }
        return !v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
