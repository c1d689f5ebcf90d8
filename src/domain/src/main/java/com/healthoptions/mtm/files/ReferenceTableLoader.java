package com.healthoptions.mtm.files;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The shared shape of the reference-file loaders (take-back sites, ZIP centroids, the prescriber directory): read the header, check the required columns,
 * parse and validate every row (duplicates included), reject the whole file when too many rows are bad,
 * otherwise apply the accepted rows in one transaction. Rejections name the line, the column and the
 * reason, never the value.
 */
public abstract class ReferenceTableLoader<T> implements ReferenceFileLoader {

    /** USPS codes of the states, DC, the territories and the military post offices. */
    public static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
            "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
            "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "VI", "GU", "AS", "MP", "AA", "AE", "AP");

    /** How many rejections a result lists; the counts are exact. */
    static final int LISTED_REJECTIONS = 100;
    static final String WHOLE_ROW = "(row)";

    /** One data row by column name. A column the file lacks, or a missing trailing field, reads as "". */
    public static final class Fields {
        private final Map<String, Integer> index;
        private final List<String> values;
        private final long line;

        Fields(Map<String, Integer> index, List<String> values, long line) {
            this.index = index;
            this.values = values;
            this.line = line;
        }

        public String get(String column) {
            Integer i = index.get(column);
            return i == null || i >= values.size() ? "" : values.get(i);
        }

        public long line() {
            return line;
        }
    }

    /** Collects one row's problems. */
    public static final class Problems {
        private final long line;
        private final List<RowRejection> found = new ArrayList<>();

        Problems(long line) {
            this.line = line;
        }

        public void add(String column, String reason) {
            found.add(new RowRejection(line, column, reason));
        }

        public boolean any() {
            return !found.isEmpty();
        }
    }

    /** How many rows one multi-row statement writes. */
    static final int CHUNK = 5_000;

    /**
     * What a loader reads: its bucket prefix, the separator, the columns it needs and those it reads when present
     * (any other column is ignored and named in the result message), and the row's key with its column (a second
     * row with the same key is rejected).
     */
    public record Layout<T>(String keyPrefix, char separator, List<String> requiredColumns,
            Set<String> optionalColumns, String keyColumn, Function<T, String> key) {
    }

    private final Pool pool;
    private final Layout<T> layout;

    protected ReferenceTableLoader(Pool pool, Layout<T> layout) {
        this.pool = pool;
        this.layout = layout;
    }

    @Override
    public final String keyPrefix() {
        return layout.keyPrefix();
    }

    /** The row as a value, or null after adding at least one problem. */
    protected abstract T parse(Fields fields, Problems problems);

    /** Applies the accepted rows atomically (blocking) and says what changed. */
    protected abstract String apply(List<T> rows);

    /**
     * Writes {@code rows} in one transaction, {@link #CHUNK} rows a statement ({@code sql} with the chunk's
     * {@code columns}), after what {@code first} runs in it. Blocks until committed.
     */
    protected final <R> void writeInChunks(Function<SqlConnection, Uni<?>> first, String sql, List<R> rows,
            Function<List<R>, Tuple> columns) {
        pool.withTransaction(conn -> {
            Uni<?> chain = first.apply(conn);
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<R> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                chain = chain.chain(() -> conn.preparedQuery(sql).execute(columns.apply(chunk)));
            }
            return chain;
        }).await().indefinitely();
    }

    /** As {@link #writeInChunks(Function, String, List, Function)} with nothing run first. */
    protected final <R> void writeInChunks(String sql, List<R> rows, Function<List<R>, Tuple> columns) {
        writeInChunks(conn -> Uni.createFrom().voidItem(), sql, rows, columns);
    }

    /** One text column of a chunk, for an {@code unnest($n::text[])}. */
    protected static <R> String[] texts(List<R> chunk, Function<R, String> column) {
        return chunk.stream().map(column).toArray(String[]::new);
    }

    @Override
    public final ReferenceFileResult load(InputStream content, double rejectThreshold) {
        List<String> requiredColumns = layout.requiredColumns();
        Set<String> optionalColumns = layout.optionalColumns();
        String keyColumn = layout.keyColumn();
        try (DelimitedFile file = new DelimitedFile(content, layout.separator())) {
            List<String> header = file.header();
            if (header == null) {
                return rejected(0, 0, List.of(), "The file is empty: no header row.");
            }
            Map<String, Integer> index = new HashMap<>();
            List<RowRejection> headerProblems = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                if (index.putIfAbsent(header.get(i), i) != null && !header.get(i).isEmpty()) {
                    headerProblems.add(new RowRejection(1, header.get(i), "column appears twice in the header"));
                }
            }
            for (String required : requiredColumns) {
                if (!index.containsKey(required)) {
                    headerProblems.add(new RowRejection(1, required, "required column missing from the header"));
                }
            }
            if (!headerProblems.isEmpty()) {
                return rejected(0, 0, headerProblems, "The header does not have the required columns "
                        + String.join(", ", requiredColumns) + ": nothing applied.");
            }
            List<String> ignored = header.stream()
                    .filter(h -> !h.isEmpty() && !requiredColumns.contains(h) && !optionalColumns.contains(h))
                    .toList();

            List<T> accepted = new ArrayList<>();
            List<RowRejection> rejections = new ArrayList<>();
            Map<String, Long> firstLineOfKey = new HashMap<>();
            long read = 0;
            long rejected = 0;
            DelimitedFile.Line line;
            while ((line = file.next()) != null) {
                read++;
                Problems problems = new Problems(line.number());
                T row = null;
                if (line.error() != null) {
                    problems.add(WHOLE_ROW, line.error());
                } else if (line.fields().size() > header.size()) {
                    problems.add(WHOLE_ROW, "more fields than the header has columns");
                } else {
                    row = parse(new Fields(index, line.fields(), line.number()), problems);
                    if (row != null) {
                        Long first = firstLineOfKey.putIfAbsent(layout.key().apply(row), line.number());
                        if (first != null) {
                            problems.add(keyColumn, "duplicate " + keyColumn + " (first on line " + first + ")");
                        }
                    }
                }
                if (problems.any()) {
                    rejected++;
                    for (RowRejection r : problems.found) {
                        if (rejections.size() < LISTED_REJECTIONS) {
                            rejections.add(r);
                        }
                    }
                } else {
                    accepted.add(row);
                }
            }
            if (read == 0) {
                return rejected(0, 0, List.of(), "The file has a header but no data rows: nothing applied.");
            }
            if (rejected > rejectThreshold * read) {
                return rejected(read, rejected, rejections, String.format(Locale.ROOT,
                        "%d of %d rows rejected (%.2f%%), above the %.2f%% threshold: nothing applied.",
                        rejected, read, 100.0 * rejected / read, 100.0 * rejectThreshold));
            }
            String message = accepted.isEmpty() ? "No rows to apply." : apply(accepted);
            if (!ignored.isEmpty()) {
                message += " Ignored columns: " + String.join(", ", ignored) + ".";
            }
            return new ReferenceFileResult(ReferenceFileResult.Status.APPLIED, read, accepted.size(), rejected,
                    rejections, message);
        }
    }

    private static ReferenceFileResult rejected(long read, long rejected, List<RowRejection> rejections,
            String message) {
        return new ReferenceFileResult(ReferenceFileResult.Status.REJECTED, read, 0, rejected, rejections, message);
    }

    // Shared field checks.

    protected static String required(Fields f, String column, int maxLength, Problems problems) {
        String value = f.get(column);
        if (value.isEmpty()) {
            problems.add(column, "required");
            return null;
        }
        if (value.length() > maxLength) {
            problems.add(column, "longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    protected static Double coordinate(Fields f, String column, double limit, Problems problems) {
        String value = f.get(column);
        if (value.isEmpty()) {
            problems.add(column, "required");
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (Double.isFinite(d) && d >= -limit && d <= limit) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(column, "must be a decimal number of degrees between -" + (int) limit + " and " + (int) limit);
        return null;
    }
}
