package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.db.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Streams a file into its own unlogged staging table in committed chunks. Each chunk commits together
 * with the checkpoint (bytes and lines consumed, counters, listed rejections), so a later invocation
 * resumes after the last committed chunk. The next chunk is parsed while the previous one is written.
 */
final class Staging {

    /** How the staging pass ended. */
    sealed interface Outcome {
        record Staged() implements Outcome {
        }

        record Yielded() implements Outcome {
        }

        record FileRejected(String message) implements Outcome {
        }
    }

    private final Pool pool;
    private final IntakeFormat format;
    private final IntakeFile file;
    private final int chunkRows;
    private final int rejectionsListed;
    private final LocalDate today;
    private final Consumer<StagingProgress> progress;
    private final ContentLimits limits;
    private final StageConnections copy;

    /** {@code copy} null: chunks are inserted through the reactive pool; otherwise they are copied through it. */
    Staging(Pool pool, IntakeFormat format, IntakeFile file, int chunkRows, int rejectionsListed, LocalDate today,
            ContentLimits limits, Consumer<StagingProgress> progress, StageConnections copy) {
        this.copy = copy;
        this.progress = progress;
        this.limits = limits;
        this.pool = pool;
        this.format = format;
        this.file = file;
        this.chunkRows = chunkRows;
        this.rejectionsListed = rejectionsListed;
        this.today = today;
    }

    Outcome run(IntakeObject object, Instant yieldAt) throws IOException {
        IntakeFile f = resumable() ? file : restart();
        String[] headerFields = f.header() == null ? null : f.header().toArray(String[]::new);
        try (InputStream in = object.openContent(f.bytesDone(), limits)) {
            CsvRecordReader reader = new CsvRecordReader(in, f.bytesDone(), f.linesDone(), limits);
            if (headerFields == null) {
                headerFields = reader.next();
                if (headerFields == null) {
                    return new Outcome.FileRejected("the file is empty: no header row");
                }
            }
            Header header = new Header(headerFields);
            List<String> missing = header.missing(format.requiredColumns());
            if (!missing.isEmpty()) {
                return new Outcome.FileRejected("missing required columns: " + String.join(", ", missing));
            }
            if (copy == null) {
                return stream(reader, header, f, yieldAt, null, null);
            }
            try (StageConnections.Session session = copy.open();
                    ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory())) {
                return stream(reader, header, f, yieldAt, session, writer);
            }
        }
    }

    private Outcome stream(CsvRecordReader reader, Header header, IntakeFile f, Instant yieldAt,
            StageConnections.Session session, ExecutorService writer) throws IOException {
        CsvRow row = new CsvRow(header, today);
        long rowsRead = f.rowsRead();
        long rowsStaged = f.rowsStaged();
        long rowsRejected = f.rowsRejected();
        String[] headerToStore = f.header() == null ? header.names().toArray(String[]::new) : null;
        Chunk chunk = new Chunk(format.stageColumns(), chunkRows);
        CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);
        Checkpoint inFlight = null;
        while (true) {
            String[] fields = reader.next();
            if (fields != null) {
                rowsRead++;
                long line = reader.recordLine();
                if (reader.malformed()) {
                    rowsRejected++;
                    chunk.reject(line, null, "malformed CSV quoting", rowsRejected <= rejectionsListed);
                } else {
                    try {
                        chunk.add(line, format.parse(row.with(fields)));
                        rowsStaged++;
                    } catch (RowProblem p) {
                        rowsRejected++;
                        chunk.reject(line, p.column(), p.reason(), rowsRejected <= rejectionsListed);
                    }
                }
            }
            boolean eof = fields == null;
            if (eof || chunk.rows() >= chunkRows) {
                await(pending);
                committed(inFlight);
                Checkpoint cp = new Checkpoint(reader.position(), reader.linesConsumed(), rowsRead, rowsStaged,
                        rowsRejected, eof, headerToStore);
                headerToStore = null;
                if (session == null) {
                    pending = commit(chunk, cp).subscribeAsCompletionStage();
                } else {
                    Chunk toCopy = chunk;
                    pending = CompletableFuture.runAsync(() -> copy(session, toCopy, cp), writer);
                }
                inFlight = cp;
                chunk = new Chunk(format.stageColumns(), chunkRows);
                if (eof) {
                    await(pending);
                    committed(inFlight);
                    return new Outcome.Staged();
                }
                if (Instant.now().isAfter(yieldAt)) {
                    await(pending);
                    committed(inFlight);
                    return new Outcome.Yielded();
                }
            }
        }
    }

    private void committed(Checkpoint cp) {
        if (cp != null) {
            progress.accept(new StagingProgress(file.fileId(), cp.rowsRead(), cp.bytes()));
        }
    }

    private record Checkpoint(long bytes, long lines, long rowsRead, long rowsStaged, long rowsRejected,
            boolean eof, String[] header) {
    }

    private Uni<Void> commit(Chunk chunk, Checkpoint cp) {
        String insert = insertSql();
        Tuple rows = chunk.tuple();
        Tuple rejections = chunk.rejectionTuple(file.fileId());
        return pool.withTransaction(conn -> {
            Uni<?> step = chunk.rows() == 0 ? Uni.createFrom().voidItem() : conn.preparedQuery(insert).execute(rows);
            if (rejections != null) {
                step = step.chain(() -> conn.preparedQuery("""
                        insert into intake_rejection (file_id, line, column_name, reason)
                        select $1, * from unnest($2::bigint[], $3::text[], $4::text[]) on conflict do nothing""")
                        .execute(rejections));
            }
            return step.chain(() -> conn.preparedQuery("""
                    update intake_file set bytes_done = $2, lines_done = $3, rows_read = $4, rows_staged = $5,
                        rows_rejected = $6, header = coalesce($7, header),
                        state = case when $8 then 'STAGED' else state end
                    where file_id = $1 and lease_owner = $9""")
                    .execute(Tuple.tuple(List.<Object>of(file.fileId(), cp.bytes(), cp.lines(), cp.rowsRead(), cp.rowsStaged(),
                            cp.rowsRejected())).addArrayOfString(cp.header()).addBoolean(cp.eof()).addString(file.leaseOwner()))
                    // Only the lease holder commits a chunk: the transaction rolls back otherwise.
                    .invoke(IntakeFiles::fenced));
        }).replaceWithVoid();
    }

    /** The same chunk as {@link #commit}, through {@code COPY} on the session's connection. */
    private void copy(StageConnections.Session session, Chunk chunk, Checkpoint cp) {
        List<StageConnections.Statement> statements = new ArrayList<>(2);
        if (!chunk.rejectedLines.isEmpty()) {
            statements.add(new StageConnections.Statement("""
                    insert into intake_rejection (file_id, line, column_name, reason)
                    select ?, * from unnest(?::bigint[], ?::text[], ?::text[]) on conflict do nothing""",
                    Arrays.asList(file.fileId(), chunk.rejectedLines.toArray(Long[]::new),
                            chunk.rejectedColumns.toArray(String[]::new), chunk.rejectedReasons.toArray(String[]::new)),
                    false));
        }
        statements.add(new StageConnections.Statement("""
                update intake_file set bytes_done = ?, lines_done = ?, rows_read = ?, rows_staged = ?,
                    rows_rejected = ?, header = coalesce(?::text[], header),
                    state = case when ? then 'STAGED' else state end
                where file_id = ? and lease_owner = ?""",
                Arrays.asList(cp.bytes(), cp.lines(), cp.rowsRead(), cp.rowsStaged(), cp.rowsRejected(), cp.header(),
                        cp.eof(), file.fileId(), file.leaseOwner()),
                // Only the lease holder commits a chunk: the transaction rolls back otherwise.
                true));
        List<String> columns = new ArrayList<>();
        columns.add("line");
        format.stageColumns().forEach(c -> columns.add(c.name()));
        session.commit(file.stageTable(), columns, chunk.copyText(), statements);
    }

    private String insertSql() {
        List<StageColumn> cols = format.stageColumns();
        StringBuilder types = new StringBuilder("$1::bigint[]");
        for (int i = 0; i < cols.size(); i++) {
            types.append(", $").append(i + 2).append("::").append(cols.get(i).type().sql).append("[]");
        }
        return "insert into " + file.stageTable() + " (line, "
                + cols.stream().map(StageColumn::name).collect(Collectors.joining(", "))
                + ") select * from unnest(" + types + ")";
    }

    /** True when the checkpoint can be trusted: the staging table holds exactly the rows it counts. */
    private boolean resumable() {
        if (file.bytesDone() == 0) {
            return false;
        }
        try {
            long staged = pool.query("select count(*) from " + file.stageTable()).execute().await().indefinitely()
                    .iterator().next().getLong(0);
            // An unlogged table is emptied by a server crash: then the checkpoint is stale.
            return staged == file.rowsStaged();
        } catch (PgException e) {
            if ("42P01".equals(e.getSqlState())) {
                return false;
            }
            throw e;
        }
    }

    private IntakeFile restart() {
        boolean exists = pool.preparedQuery("select to_regclass($1) is not null").execute(Tuple.of(file.stageTable()))
                .await().indefinitely().iterator().next().getBoolean(0);
        String columns = format.stageColumns().stream().map(c -> c.name() + " " + c.type().sql)
                .collect(Collectors.joining(", "));
        try (Tx tx = Tx.begin(pool)) {
            if (exists) {
                tx.query("drop table " + file.stageTable());
            }
            tx.query("create unlogged table " + file.stageTable() + " (line bigint not null, " + columns + ")");
            tx.execute("delete from intake_rejection where file_id = $1", Tuple.of(file.fileId()));
            IntakeFile fresh = IntakeFile.of(IntakeFiles.fenced(tx.execute("""
                    update intake_file set bytes_done = 0, lines_done = 0, rows_read = 0, rows_staged = 0,
                        rows_rejected = 0, header = null, state = 'STAGING'
                    where file_id = $1 and lease_owner = $2 returning *""", Tuple.of(file.fileId(), file.leaseOwner())))
                    .iterator().next());
            tx.commit();
            return fresh;
        }
    }

    private long waitedNanos;

    /** Time this pass spent waiting for the database (the rest is reading and parsing). */
    long waitedMillis() {
        return waitedNanos / 1_000_000;
    }

    private void await(CompletableFuture<Void> f) throws IOException {
        long start = System.nanoTime();
        try {
            f.get();
            waitedNanos += System.nanoTime() - start;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while staging", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One chunk of parsed rows, column by column, ready to be sent as arrays. */
    private static final class Chunk {
        private final List<StageColumn> columns;
        private final List<Long> lines;
        private final List<List<Object>> values;
        private final List<Long> rejectedLines = new ArrayList<>();
        private final List<String> rejectedColumns = new ArrayList<>();
        private final List<String> rejectedReasons = new ArrayList<>();

        Chunk(List<StageColumn> columns, int capacity) {
            this.columns = columns;
            this.lines = new ArrayList<>(capacity);
            this.values = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                values.add(new ArrayList<>(capacity));
            }
        }

        int rows() {
            return lines.size();
        }

        void add(long line, Object[] row) {
            lines.add(line);
            for (int i = 0; i < row.length; i++) {
                values.get(i).add(row[i]);
            }
        }

        void reject(long line, String column, String reason, boolean listed) {
            if (listed) {
                rejectedLines.add(line);
                rejectedColumns.add(column);
                rejectedReasons.add(reason);
            }
        }

        Tuple tuple() {
            Tuple t = Tuple.tuple();
            t.addArrayOfLong(lines.toArray(Long[]::new));
            for (int i = 0; i < columns.size(); i++) {
                List<Object> v = values.get(i);
                switch (columns.get(i).type()) {
                    case TEXT -> t.addArrayOfString(v.toArray(String[]::new));
                    case DATE -> t.addArrayOfLocalDate(v.toArray(LocalDate[]::new));
                    case INTEGER -> t.addArrayOfInteger(v.toArray(Integer[]::new));
                    case BOOLEAN -> t.addArrayOfBoolean(v.toArray(Boolean[]::new));
                }
            }
            return t;
        }

        /** The rows in {@code COPY}'s text format: tab-separated, {@code \N} for null, one row a line. */
        CharSequence copyText() {
            StringBuilder out = new StringBuilder(lines.size() * 16 * (columns.size() + 1));
            for (int r = 0; r < lines.size(); r++) {
                out.append(lines.get(r).longValue());
                for (int i = 0; i < columns.size(); i++) {
                    out.append('\t');
                    Object v = values.get(i).get(r);
                    if (v == null) {
                        out.append(CopyText.NULL);
                    } else if (v instanceof Boolean b) {
                        out.append(b ? 't' : 'f');
                    } else if (v instanceof String s) {
                        CopyText.field(s, out);
                    } else {
                        // LocalDate (ISO, read alike under any DateStyle) and Integer: nothing to escape.
                        out.append(v);
                    }
                }
                out.append('\n');
            }
            return out;
        }

        Tuple rejectionTuple(long fileId) {
            if (rejectedLines.isEmpty()) {
                return null;
            }
            return Tuple.of(fileId, rejectedLines.toArray(Long[]::new), rejectedColumns.toArray(String[]::new),
                    rejectedReasons.toArray(String[]::new));
        }
    }
}
