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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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

    Staging(Pool pool, IntakeFormat format, IntakeFile file, int chunkRows, int rejectionsListed, LocalDate today,
            ContentLimits limits, Consumer<StagingProgress> progress) {
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
            return stream(reader, header, f, yieldAt);
        }
    }

    private Outcome stream(CsvRecordReader reader, Header header, IntakeFile f, Instant yieldAt) throws IOException {
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
                pending = commit(chunk, cp).subscribeAsCompletionStage();
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

        Tuple rejectionTuple(long fileId) {
            if (rejectedLines.isEmpty()) {
                return null;
            }
            return Tuple.of(fileId, rejectedLines.toArray(Long[]::new), rejectedColumns.toArray(String[]::new),
                    rejectedReasons.toArray(String[]::new));
        }
    }
}
