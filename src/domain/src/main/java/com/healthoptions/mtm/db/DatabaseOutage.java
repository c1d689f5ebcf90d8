package com.healthoptions.mtm.db;

import io.vertx.core.VertxException;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;

/**
 * Tells a database outage (the server cannot be reached, the pool gave no connection in time, the connection
 * was lost, a statement or lock wait ran over its limit) from every other failure, which stays a bug. The
 * reactive client and Hibernate Reactive wrap these failures (in {@code CompletionException},
 * {@code HibernateException}, ...), so the whole cause chain is searched. Only types and SQLSTATE codes are
 * looked at: a driver message can quote row values.
 */
public final class DatabaseOutage {

    /**
     * SQLSTATEs that mean "try again later", not "your request is wrong": class 08 (connection exception),
     * 53300 too many connections, 57014 query cancelled (statement_timeout), 57P01-57P03 server shutting down,
     * crashed or starting, 55P03 lock not available (lock_timeout).
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("53300", "57014", "57P01", "57P02", "57P03", "55P03");

    /**
     * What the Vert.x 4.5 SQL pool fails a caller with when no connection came within its acquisition timeout:
     * a query on the pool gets a {@code VertxException} with the first message, a connection or transaction
     * asked of the pool a {@code NoStackTraceThrowable} with the second.
     */
    static final String POOL_QUERY_TIMEOUT = "Timeout waiting for connection";
    static final String POOL_ACQUIRE_TIMEOUT = "Timeout";
    private static final String NO_STACK_TRACE_THROWABLE = "io.vertx.core.impl.NoStackTraceThrowable";

    private DatabaseOutage() {
    }

    /** True when {@code failure}, or any cause under it, is a database outage. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (isOutage(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isOutage(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof DatabaseException db) {
            return transientState(db.getSqlState());
        }
        // Hibernate's converted exceptions keep the SQLSTATE on a java.sql.SQLException.
        if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
            return transientState(sql.getSQLState());
        }
        // Connection refused, reset, no route, connect timeout (Netty's ConnectTimeoutException is a
        // ConnectException), an unresolvable host name, a socket closed under a query.
        if (t instanceof SocketException || t instanceof UnknownHostException || t instanceof ClosedChannelException
                || t instanceof ClosedConnectionException) {
            return true;
        }
        if (t instanceof VertxException && POOL_QUERY_TIMEOUT.equals(t.getMessage())) {
            return true;
        }
        return NO_STACK_TRACE_THROWABLE.equals(t.getClass().getName()) && POOL_ACQUIRE_TIMEOUT.equals(t.getMessage());
    }

    private static boolean transientState(String state) {
        return state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state));
    }

    /** The failure's cause chain as class names and SQLSTATEs, for a log line (no message: it may quote data). */
    public static String describe(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32 && chain.length() < 500;
                t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (!chain.isEmpty()) {
                chain.append(" <- ");
            }
            chain.append(t.getClass().getName());
            if (t instanceof DatabaseException db && db.getSqlState() != null) {
                chain.append(" SQLSTATE ").append(db.getSqlState());
            }
        }
        return chain.toString();
    }
}
