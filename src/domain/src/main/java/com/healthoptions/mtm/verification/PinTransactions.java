package com.healthoptions.mtm.verification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.sqlclient.impl.Connection;
import io.vertx.sqlclient.impl.SocketConnectionBase;
import io.vertx.sqlclient.impl.SqlConnectionInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Every PIN transaction runs here, bounded three ways: PostgreSQL's {@code lock_timeout} and
 * {@code statement_timeout} (set locally, below the call's budget) end a wait or a statement on the server,
 * and the budget itself ends the call on the client. A transaction that fails for any reason, timeouts
 * included, never goes back to the pool: its connection is closed (after a cancel request when the server
 * may still be working), so no later call can inherit its locks or its half-finished state.
 */
@ApplicationScoped
public class PinTransactions {

    private static final Logger LOG = Logger.getLogger(PinTransactions.class);

    private final Pool pool;
    private final Duration budget;
    private final String limits;

    @Inject
    public PinTransactions(Pool pool, PinSettings settings) {
        this(pool, settings.dbTimeout(), settings.statementTimeout(), settings.lockTimeout());
        if (settings.statementTimeout().compareTo(settings.dbTimeout()) >= 0) {
            throw new IllegalStateException("mtm.pin.statement-timeout must be below mtm.pin.db-timeout");
        }
    }

    /** {@code lockTimeout} at most {@code statementTimeout}; the settings constructor also keeps both below the budget. */
    public PinTransactions(Pool pool, Duration budget, Duration statementTimeout, Duration lockTimeout) {
        if (lockTimeout.compareTo(statementTimeout) > 0 || lockTimeout.isZero() || lockTimeout.isNegative()) {
            throw new IllegalStateException("mtm.pin.lock-timeout must be positive and at most mtm.pin.statement-timeout");
        }
        this.pool = pool;
        this.budget = budget;
        // Also ends a transaction whose client went away between statements.
        this.limits = "set local statement_timeout = " + statementTimeout.toMillis()
                + "; set local lock_timeout = " + lockTimeout.toMillis()
                + "; set local idle_in_transaction_session_timeout = " + statementTimeout.toMillis();
    }

    /** How long the client waits for one transaction before it gives up and closes the connection. */
    public Duration budget() {
        return budget;
    }

    /**
     * Runs {@code work} in one transaction on one connection. The limits are sent first and the work's
     * first statements right behind them (pipelined): no extra round trip.
     */
    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.getConnection().flatMap(conn -> conn.begin()
                .flatMap(tx -> Uni.combine().all().unis(conn.query(limits).execute(), Uni.createFrom().deferred(() -> work.apply(conn)))
                        .asTuple()
                        .flatMap(done -> tx.commit().replaceWith(done.getItem2())))
                .ifNoItem().after(budget).failWith(() -> new TimeoutException("PIN transaction over its budget"))
                .onFailure().call(failure -> discard(conn, failure instanceof TimeoutException))
                .call(() -> conn.close()));
    }

    /**
     * Closes the connection's socket, so the pool drops it. After a client-side timeout the server may still
     * be waiting or working: a cancel request first ends that at once (its locks with it).
     */
    private static Uni<Void> discard(SqlConnection conn, boolean serverMayBeBusy) {
        Uni<Void> cancel = serverMayBeBusy
                ? PgConnection.cast(conn).cancelRequest().onFailure().recoverWithNull()
                : Uni.createFrom().voidItem();
        return cancel.invoke(() -> closeSocket(conn)).onFailure().recoverWithNull().replaceWithVoid();
    }

    private static void closeSocket(SqlConnection conn) {
        // Vert.x has no public way to drop a pooled connection: close its socket (the pool then evicts it).
        if (conn.getDelegate() instanceof SqlConnectionInternal internal) {
            Connection c = internal.unwrap();
            while (c.unwrap() != c) {
                c = c.unwrap();
            }
            if (c instanceof SocketConnectionBase socket) {
                socket.socket().close();
                return;
            }
        }
        LOG.error("cannot close a failed PIN connection: Vert.x internals changed (see PinTransactions)");
    }
}
