package com.healthoptions.mtm.program.cms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One plan year's record layout of the CMS beneficiary-level MTM data file, read from
 * {@code cms-mtm-layout/<year>.layout} on the class path: the one place field order, widths and codes
 * are declared, each marked confirmed or assumed. A malformed file fails loudly at load.
 */
public record CmsLayout(int planYear, int recordLength, String lineEnd, boolean lineEndConfirmed,
        List<Field> fields, Map<CmsSource.CodeSet, CodeTable> codes) {

    public record Field(String element, CmsSource source, int width, int start, boolean confirmed, String note) {
    }

    public record CodeTable(CmsSource.CodeSet set, Map<String, String> codes, boolean confirmed, String note) {
    }

    /** No layout is declared for the plan year asked for. */
    public static final class NoLayoutException extends RuntimeException {
        NoLayoutException(int year) {
            super("no CMS MTM record layout is declared for plan year " + year
                    + " (add cms-mtm-layout/" + year + ".layout to the domain module)");
        }
    }

    private static final Map<Integer, CmsLayout> LOADED = new ConcurrentHashMap<>();

    public static CmsLayout forYear(int year) {
        return LOADED.computeIfAbsent(year, CmsLayout::load);
    }

    private static CmsLayout load(int year) {
        String resource = "cms-mtm-layout/" + year + ".layout";
        try (InputStream in = CmsLayout.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NoLayoutException(year);
            }
            CmsLayout layout = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
            if (layout.planYear() != year) {
                throw new IllegalStateException(resource + ": declares plan-year " + layout.planYear());
            }
            return layout;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** Parses and checks a layout text; {@code name} is used in error messages. */
    public static CmsLayout parse(String text, String name) {
        Integer year = null;
        Integer length = null;
        String lineEnd = null;
        boolean lineEndConfirmed = false;
        List<Field> fields = new ArrayList<>();
        Map<CmsSource.CodeSet, CodeTable> codes = new EnumMap<>(CmsSource.CodeSet.class);
        Set<String> elements = new HashSet<>();
        int start = 0;
        int lineNo = 0;
        for (String raw : text.split("\r?\n")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\\|", -1);
            for (int i = 0; i < p.length; i++) {
                p[i] = p[i].strip();
            }
            String where = name + " line " + lineNo + ": ";
            switch (p[0]) {
                case "plan-year" -> year = number(p, 1, where);
                case "record-length" -> length = number(p, 1, where);
                case "line-end" -> {
                    need(p, 3, where);
                    lineEnd = switch (p[1]) {
                        case "LF" -> "\n";
                        case "CRLF" -> "\r\n";
                        default -> throw new IllegalStateException(where + "line-end must be LF or CRLF");
                    };
                    lineEndConfirmed = status(p[2], where);
                }
                case "field" -> {
                    need(p, 5, where);
                    if (!elements.add(p[1])) {
                        throw new IllegalStateException(where + "element " + p[1] + " declared twice");
                    }
                    CmsSource source = source(p[2], where);
                    int width = number(p, 3, where);
                    if (width < 1) {
                        throw new IllegalStateException(where + "width must be positive");
                    }
                    fields.add(new Field(p[1], source, width, start, status(p[4], where), p.length > 5 ? p[5] : ""));
                    start += width;
                }
                case "codes" -> {
                    need(p, 4, where);
                    CmsSource.CodeSet set;
                    try {
                        set = CmsSource.CodeSet.valueOf(p[1]);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(where + "unknown code set " + p[1]);
                    }
                    Map<String, String> table = new LinkedHashMap<>();
                    for (String pair : p[2].split(",")) {
                        String[] kv = pair.strip().split("=", 2);
                        if (kv.length != 2 || !set.names().contains(kv[0].strip())) {
                            throw new IllegalStateException(where + "'" + pair.strip() + "' is not NAME=code of " + set);
                        }
                        table.put(kv[0].strip(), kv[1].strip());
                    }
                    List<String> missing = set.names().stream().filter(n -> !table.containsKey(n)).toList();
                    if (!missing.isEmpty()) {
                        throw new IllegalStateException(where + set + " has no code for " + missing);
                    }
                    codes.put(set, new CodeTable(set, Map.copyOf(table), status(p[3], where), p.length > 4 ? p[4] : ""));
                }
                default -> throw new IllegalStateException(where + "unknown declaration '" + p[0] + "'");
            }
        }
        if (year == null || length == null || lineEnd == null || fields.isEmpty()) {
            throw new IllegalStateException(name + ": plan-year, record-length, line-end and fields are required");
        }
        if (start != length) {
            throw new IllegalStateException(name + ": the widths add up to " + start + ", not record-length " + length);
        }
        for (Field f : fields) {
            CmsSource.CodeSet set = f.source().codeSet();
            if (set == null) {
                continue;
            }
            CodeTable table = codes.get(set);
            if (table == null) {
                throw new IllegalStateException(name + ": field " + f.element() + " needs codes for " + set);
            }
            for (String code : table.codes().values()) {
                if (code.length() != f.width()) {
                    throw new IllegalStateException(name + ": code '" + code + "' of " + set + " does not fill the "
                            + f.width() + " positions of element " + f.element());
                }
            }
        }
        return new CmsLayout(year, length, lineEnd, lineEndConfirmed, List.copyOf(fields), Map.copyOf(codes));
    }

    public boolean carries(CmsSource source) {
        return fields.stream().anyMatch(f -> f.source() == source);
    }

    public Field field(CmsSource source) {
        return fields.stream().filter(f -> f.source() == source).findFirst().orElse(null);
    }

    /** "I ENROLLMENT_DATE", the way reports name a field. */
    public String label(CmsSource source) {
        Field f = field(source);
        return f == null ? source.name() : f.element() + " " + source.name();
    }

    private static CmsSource source(String s, String where) {
        try {
            return CmsSource.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "unknown source " + s);
        }
    }

    private static boolean status(String s, String where) {
        return switch (s) {
            case "confirmed" -> true;
            case "assumed" -> false;
            default -> throw new IllegalStateException(where + "status must be confirmed or assumed");
        };
    }

    private static int number(String[] p, int i, String where) {
        need(p, i + 1, where);
        try {
            return Integer.parseInt(p[i]);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(where + "'" + p[i] + "' is not a number");
        }
    }

    private static void need(String[] p, int n, String where) {
        if (p.length < n) {
            throw new IllegalStateException(where + "expected " + n + " columns separated by '|'");
        }
    }
}
