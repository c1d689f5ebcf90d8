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
 *
 * <p>The function under test connects as its own database role, the one it has in production
 * ({@code mtm_<function id>}, created by the migrations' after-migrate callback), so every test run proves
 * that the role's grants are enough and a statement the function may not run fails the test. The function id
 * is the module's artifact id (system property {@code mtm.test.function}, set by the root pom), as in
 * infra's FunctionSpec; a test class that exercises another function's work names that role with the
 * resource argument {@code role}; a test that plays several functions' work in one process (a member's year
 * end to end) names them all, comma-separated, and connects as a test-only login role that is a member of
 * each, so it holds their grants together and nothing more. The roles have no password: the test server must trust local connections (scripts/test
 * sets it up so). Set-up and assertions go through {@link TestData} as the admin user.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    /** Resource argument naming the role the function under test connects as (or several, comma-separated). */
    public static final String ROLE = "role";

    private String role;

    static {
        // DriverManager hands a connection only to code whose class loader sees the registered driver class. A
        // second Quarkus application in the same test run (a test profile) loads this class, and the driver, anew:
        // register the driver of this loader, or that application's set-up finds "no suitable driver".
        try {
            Class.forName("org.postgresql.Driver", true, PostgresTestDatabase.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

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
    public void init(Map<String, String> initArgs) {
        role = initArgs.get(ROLE);
    }

    @Override
    public Map<String, String> start() {
        createDatabaseIfMissing();
        SchemaMigration.recreate(jdbcUrl(), user(), password());
        String login = functionLogin(role, jdbcUrl(), user(), password());
        return Map.of(
                "quarkus.datasource.reactive.url", jdbcUrl().substring("jdbc:".length()),
                "quarkus.datasource.username", login,
                "quarkus.datasource.password", "");
    }

    /**
     * The login role the function under test connects as on the (migrated) database at {@code url}: the module's
     * own role, or the one(s) {@code role} names (see the class comment).
     */
    static String functionLogin(String role, String url, String user, String password) {
        String login = role == null ? moduleRole()
                : role.contains(",") ? roleHoldingAll(role.split(","), url, user, password) : role;
        requireRole(login, url, user, password);
        return login;
    }

    /** {@code claims-intake} -> {@code mtm_claims_intake}. */
    public static String roleOf(String functionId) {
        return "mtm_" + functionId.replace('-', '_');
    }

    private static String moduleRole() {
        String function = System.getProperty("mtm.test.function");
        if (function == null || function.isBlank()) {
            throw new IllegalStateException("system property mtm.test.function is not set (the root pom sets it"
                    + " to the module's artifact id); or name the role with @ResourceArg(name = \"role\")");
        }
        return roleOf(function);
    }

    /**
     * A login role granted each of {@code roles} (created once per cluster, its memberships reset each run):
     * {@code mtm_test_} and a digest of the sorted names, so two sets never share one.
     */
    private static String roleHoldingAll(String[] roles, String url, String user, String password) {
        java.util.List<String> names = java.util.Arrays.stream(roles).map(String::strip).sorted().toList();
        names.forEach(name -> requireRole(name, url, user, password));
        String login = "mtm_test_" + Integer.toHexString(String.join(",", names).hashCode() & 0x7fffffff);
        try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + login + "') then"
                    + " create role " + login + " login; end if; end $$");
            s.execute("grant " + String.join(", ", names) + " to " + login);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return login;
    }

    private static void requireRole(String login, String url, String user, String password) {
        try (var c = DriverManager.getConnection(url, user, password);
                var exists = c.prepareStatement("select 1 from pg_roles where rolname = ? and rolcanlogin")) {
            exists.setString(1, login);
            if (!exists.executeQuery().next()) {
                throw new IllegalStateException("No login role " + login + " after migrating: add the function's"
                        + " role and grants to db/migration/afterMigrate__function_roles.sql");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
