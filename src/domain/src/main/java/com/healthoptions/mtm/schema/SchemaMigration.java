package com.healthoptions.mtm.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations in {@code db/migration} (schema and versioned reference data).
 *
 * <p>Runs outside the functions: from {@code scripts/migrate}, the deploy-time migration step and
 * test set-up. No function migrates at cold start.
 */
public final class SchemaMigration {

    private static final System.Logger LOG = System.getLogger(SchemaMigration.class.getName());
    private static final String LOCATION = "classpath:db/migration";

    private SchemaMigration() {
    }

    /** Migrates the database to the latest version and returns how many migrations were applied. */
    public static int migrate(String jdbcUrl, String user, String password) {
        MigrateResult result = configure(jdbcUrl, user, password, false).load().migrate();
        return result.migrationsExecuted;
    }

    /** Drops every object in the database's schemas, then migrates: for tests and local demo data only. */
    public static int recreate(String jdbcUrl, String user, String password) {
        Flyway flyway = configure(jdbcUrl, user, password, true).load();
        flyway.clean();
        // Clean empties the default schema only; intake's staging schema (V600) may hold an older run's tables.
        try (var c = flyway.getConfiguration().getDataSource().getConnection(); var s = c.createStatement()) {
            s.execute("drop schema if exists intake_stage cascade");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not drop the staging schema: " + e.getMessage(), e);
        }
        return flyway.migrate().migrationsExecuted;
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configure(
            String jdbcUrl, String user, String password, boolean cleanAllowed) {
        return Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .locations(LOCATION)
                .cleanDisabled(!cleanAllowed)
                .failOnMissingLocations(true);
    }

    /**
     * {@code java ... SchemaMigration} with {@code MTM_JDBC_URL}, {@code MTM_DB_USER} and
     * {@code MTM_DB_PASSWORD} in the environment.
     */
    public static void main(String[] args) {
        String url = requiredEnv("MTM_JDBC_URL");
        String user = System.getenv().getOrDefault("MTM_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("MTM_DB_PASSWORD", "");
        int applied = migrate(url, user, password);
        LOG.log(System.Logger.Level.INFO, "Schema up to date; migrations applied in this run: {0}", applied);
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set (e.g. jdbc:postgresql://host:5432/mtm)");
        }
        return value;
    }
}
