package com.healthoptions.mtm.intake.lambda;

import com.healthoptions.mtm.intake.LeaseLostException;
import com.healthoptions.mtm.intake.StageConnections;
import com.healthoptions.mtm.rds.SnapStartDatabase;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.ssl.LibPQFactory;
import org.postgresql.ssl.NonValidatingFactory;

/**
 * Staging through PostgreSQL {@code COPY} (pgjdbc's copy API): one JDBC connection per staging pass, logged in
 * with the reactive pool's own connect options, so the same user and, in AWS, a fresh IAM token for each new
 * connection ({@link SnapStartDatabase#connectOptions}). Nothing is opened before a file is staged, so no
 * socket is in a SnapStart snapshot. pgjdbc makes its SSL factory by class name, hence the registration (native
 * images).
 */
@ApplicationScoped
@RegisterForReflection(targets = {LibPQFactory.class, NonValidatingFactory.class})
public class CopyStageConnections implements StageConnections {

    private final SnapStartDatabase database;
    private final Duration connectTimeout;

    public CopyStageConnections(SnapStartDatabase database,
            @ConfigProperty(name = "mtm.db.connect-timeout") Optional<Duration> connectTimeout) {
        this.database = database;
        this.connectTimeout = connectTimeout.orElse(Duration.ofSeconds(10));
    }

    @Override
    public Session open() {
        PgConnectOptions o = database.connectOptions();
        Properties p = new Properties();
        if (o.getUser() != null) {
            p.setProperty("user", o.getUser());
        }
        if (o.getPassword() != null) {
            p.setProperty("password", o.getPassword());
        }
        p.setProperty("sslmode", sslMode(o.getSslMode()));
        if (o.isTrustAll()) {
            p.setProperty("sslfactory", "org.postgresql.ssl.NonValidatingFactory");
        }
        p.setProperty("ApplicationName", "claims-intake staging");
        // The pool's limit (mtm.db.connect-timeout, whole seconds for pgjdbc), else 10 s.
        p.setProperty("connectTimeout", Long.toString(Math.max(1, (connectTimeout.toMillis() + 999) / 1000)));
        p.setProperty("tcpKeepAlive", "true");
        String url = "jdbc:postgresql://" + o.getHost() + ":" + o.getPort() + "/" + o.getDatabase();
        try {
            Connection c = new org.postgresql.Driver().connect(url, p);
            c.setAutoCommit(false);
            return new CopySession(c);
        } catch (SQLException e) {
            throw new IllegalStateException("staging connection failed: SQLSTATE " + e.getSQLState(), e);
        }
    }

    /** The reactive client's mode by pgjdbc's name for it ({@code VERIFY_FULL} → {@code verify-full}). */
    static String sslMode(SslMode mode) {
        return (mode == null ? SslMode.DISABLE : mode).name().toLowerCase().replace('_', '-');
    }

    private static final class CopySession implements Session {
        private final Connection connection;

        CopySession(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void commit(String table, List<String> columns, CharSequence copyText, List<Statement> statements) {
            try {
                if (!copyText.isEmpty()) {
                    copy(table, columns, copyText);
                }
                for (Statement s : statements) {
                    try (PreparedStatement ps = connection.prepareStatement(s.sql())) {
                        bind(ps, s.parameters());
                        if (ps.executeUpdate() == 0 && s.fence()) {
                            connection.rollback();
                            throw new LeaseLostException();
                        }
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                // Not the message (a database error can quote a row's values); the cause keeps the SQLSTATE for
                // DatabaseOutage, and logs name classes only.
                throw new IllegalStateException("staging chunk failed: SQLSTATE " + e.getSQLState(), e);
            } catch (RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        }

        private void copy(String table, List<String> columns, CharSequence text) throws SQLException {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
            try {
                byte[] buffer = new byte[1 << 16];
                int used = 0;
                // UTF-8 straight from the builder, a buffer at a time (no second copy of the chunk).
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (used > buffer.length - 4) {
                        in.writeToCopy(buffer, 0, used);
                        used = 0;
                    }
                    if (c < 0x80) {
                        buffer[used++] = (byte) c;
                    } else if (c < 0x800) {
                        buffer[used++] = (byte) (0xC0 | (c >> 6));
                        buffer[used++] = (byte) (0x80 | (c & 0x3F));
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        int cp = Character.toCodePoint(c, text.charAt(++i));
                        buffer[used++] = (byte) (0xF0 | (cp >> 18));
                        buffer[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                        buffer[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                        buffer[used++] = (byte) (0x80 | (cp & 0x3F));
                    } else if (Character.isSurrogate(c)) {
                        buffer[used++] = (byte) '?';
                    } else {
                        buffer[used++] = (byte) (0xE0 | (c >> 12));
                        buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                        buffer[used++] = (byte) (0x80 | (c & 0x3F));
                    }
                }
                in.writeToCopy(buffer, 0, used);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }

        private void bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                Object v = parameters.get(i);
                int at = i + 1;
                switch (v) {
                    case null -> ps.setNull(at, Types.OTHER);
                    case Long l -> ps.setLong(at, l);
                    case Integer n -> ps.setInt(at, n);
                    case Boolean b -> ps.setBoolean(at, b);
                    case String s -> ps.setString(at, s);
                    case Long[] a -> ps.setArray(at, connection.createArrayOf("bigint", a));
                    case String[] a -> ps.setArray(at, connection.createArrayOf("text", a));
                    default -> throw new IllegalArgumentException("unsupported parameter " + v.getClass().getName());
                }
            }
        }

        private void rollbackQuietly() {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // The connection is gone: the transaction is rolled back with it.
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing only.
            }
        }
    }
}
