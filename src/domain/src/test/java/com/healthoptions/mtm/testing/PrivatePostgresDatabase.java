package com.healthoptions.mtm.testing;

import com.healthoptions.mtm.schema.SchemaMigration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Like {@link PostgresTestDatabase}, but on a {@link PrivatePostgres} server of the test class's own, which the
 * test stops and starts under the running function (outage tests). The database {@code mtm} is created and
 * migrated before Quarkus starts; the function connects as its own role ({@code role} argument as in
 * {@link PostgresTestDatabase}). The test gets the server in a field marked {@link InjectPrivatePostgres} and
 * writes its rows with {@code TestData.open(server.jdbcUrl(PrivatePostgresDatabase.DATABASE))}.
 */
public class PrivatePostgresDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "mtm";

    private String role;
    private PrivatePostgres server;

    @Override
    public void init(Map<String, String> initArgs) {
        role = initArgs.get(PostgresTestDatabase.ROLE);
    }

    @Override
    public Map<String, String> start() {
        server = PrivatePostgres.create();
        try (var c = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
                var s = c.createStatement()) {
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = server.jdbcUrl(DATABASE);
        SchemaMigration.recreate(url, "postgres", "");
        String login = PostgresTestDatabase.functionLogin(role, url, "postgres", "");
        return Map.of(
                "quarkus.datasource.reactive.url", url.substring("jdbc:".length()),
                "quarkus.datasource.username", login,
                "quarkus.datasource.password", "");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectPrivatePostgres.class, PrivatePostgres.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.destroy();
        }
    }
}
