package com.healthoptions.mtm.testing;

import com.healthoptions.mtm.schema.SchemaMigration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Gives a function's tests a real PostgreSQL database, recreated and migrated before Quarkus starts.
 *
 * <p>{@code MTM_TEST_DB_URL} (JDBC, default {@code jdbc:postgresql://127.0.0.1:5432/mtm_test}),
 * {@code MTM_TEST_DB_USER} (default {@code postgres}) and {@code MTM_TEST_DB_PASSWORD}. The database is
 * created when missing. Everything in it is dropped: point it at a database kept for tests.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    public static String jdbcUrl() {
        return env("MTM_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/mtm_test");
    }

    public static String user() {
        return env("MTM_TEST_DB_USER", "postgres");
    }

    public static String password() {
        return env("MTM_TEST_DB_PASSWORD", "");
    }

    @Override
    public Map<String, String> start() {
        createDatabaseIfMissing();
        SchemaMigration.recreate(jdbcUrl(), user(), password());
        return Map.of(
                "quarkus.datasource.reactive.url", jdbcUrl().substring("jdbc:".length()),
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    @Override
    public void stop() {
    }

    private static void createDatabaseIfMissing() {
        URI uri = URI.create(jdbcUrl().substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalStateException("test database name must be [a-z0-9_]+: " + database);
        }
        String adminUrl = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
                + "/postgres";
        try (var c = DriverManager.getConnection(adminUrl, user(), password());
                var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + adminUrl
                    + " (set MTM_TEST_DB_URL, or run scripts/test which starts one): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
