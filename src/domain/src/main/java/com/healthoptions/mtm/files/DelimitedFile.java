package com.healthoptions.mtm.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a delimited text file line by line: comma-separated with RFC 4180 quoting, or tab-separated
 * without quoting (the Census gazetteer). Fields are trimmed (the gazetteer pads values and its last
 * header with blanks), header names lower-cased; blank lines are skipped. A quoted field may not span
 * lines.
 */
public final class DelimitedFile implements AutoCloseable {

    /** One data line: its 1-based line number and fields, or the reason it cannot be split. */
    public record Line(long number, List<String> fields, String error) {
    }

    private final BufferedReader reader;
    private final char separator;
    private long lineNumber;

    public DelimitedFile(InputStream content, char separator) {
        this.reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
        this.separator = separator;
    }

    /** The header's column names, lower case; null for an empty file. */
    public List<String> header() {
        Line line = next();
        if (line == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String field : line.fields() == null ? List.<String>of() : line.fields()) {
            names.add(field.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** The next non-blank line, or null at the end. */
    public Line next() {
        try {
            String text;
            while ((text = reader.readLine()) != null) {
                lineNumber++;
                if (!text.isBlank()) {
                    return separator == ',' ? splitQuoted(lineNumber, text) : splitPlain(lineNumber, text);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Line splitPlain(long number, String text) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                fields.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        return new Line(number, fields, null);
    }

    private Line splitQuoted(long number, String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == separator) {
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted) {
                if (!Character.isWhitespace(c)) {
                    return new Line(number, null, "text after a closing quote");
                }
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return new Line(number, null, "unterminated quoted field");
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        return new Line(number, fields, null);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
