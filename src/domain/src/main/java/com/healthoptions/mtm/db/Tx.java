package com.healthoptions.mtm.db;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A blocking transaction on one pooled connection, for code on a worker thread (the Lambda handler's):
 * rolled back on close unless committed.
 */
public final class Tx implements AutoCloseable {

    private final SqlConnection connection;
    private final Transaction transaction;
    private boolean done;

    private Tx(SqlConnection connection) {
        this.connection = connection;
        this.transaction = connection.begin().await().indefinitely();
    }

    public static Tx begin(Pool pool) {
        SqlConnection c = pool.getConnection().await().indefinitely();
        try {
            return new Tx(c);
        } catch (RuntimeException e) {
            c.close().await().indefinitely();
            throw e;
        }
    }

    public RowSet<Row> query(String sql) {
        return connection.query(sql).execute().await().indefinitely();
    }

    public RowSet<Row> execute(String sql, Tuple args) {
        return connection.preparedQuery(sql).execute(args).await().indefinitely();
    }

    public void commit() {
        transaction.commit().await().indefinitely();
        done = true;
    }

    @Override
    public void close() {
        try {
            if (!done) {
                transaction.rollback().await().indefinitely();
            }
        } catch (RuntimeException ignored) {
            // the connection is being closed anyway; the server rolls back
        } finally {
            connection.close().await().indefinitely();
        }
    }
}
