package com.healthoptions.mtm.intake;

import java.util.List;

/**
 * Where staging writes its chunks when a faster path than the reactive pool's batched inserts is at hand:
 * PostgreSQL {@code COPY} on a connection of its own (the reactive client has no {@code COPY}). Plain Java
 * only, so the rules stay free of any driver; the function supplies an implementation as a bean, and without
 * one staging inserts through the reactive pool as before.
 *
 * <p>Each {@link Session#commit} is one transaction: the chunk's rows, then its statements (rejections and
 * the fenced checkpoint), committed together or not at all, so a resume after any failure is exact.
 */
public interface StageConnections {

    /** One connection, logged in as the pool's connections are; used by one staging pass, then closed. */
    Session open();

    interface Session extends AutoCloseable {

        /**
         * In one transaction: {@code COPY table (columns) FROM STDIN} (text format) with {@code copyText}
         * (already escaped, one row a line; may be empty), then each statement in order, then commit.
         * A {@link Statement#fence() fence} that changes no row rolls everything back and throws
         * {@link LeaseLostException}.
         */
        void commit(String table, List<String> columns, CharSequence copyText, List<Statement> statements);

        @Override
        void close();
    }

    /**
     * SQL with {@code ?} parameters: {@code Long}, {@code Integer}, {@code Boolean}, {@code String},
     * {@code Long[]} (bigint[]), {@code String[]} (text[]) or {@code null} (untyped: cast it in the SQL).
     */
    record Statement(String sql, List<Object> parameters, boolean fence) {
    }
}
