package com.healthoptions.mtm.schema.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * As in AWS: no user or password in the function's configuration, only the admin secret's ARN; the login
 * comes from Secrets Manager (a local stand-in) when the migration runs.
 */
@QuarkusTest
@TestProfile(MigrateWithTheAdminSecretTest.SecretOnly.class)
@WithTestResource(SecretsManagerStandIn.class)
class MigrateWithTheAdminSecretTest {

    /** The user setting names nobody, so a migration that ignored the secret could not log in. */
    public static class SecretOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mtm.db.secret-arn", SecretsManagerStandIn.SECRET_ARN,
                    "mtm.db.user", "mtm_no_such_login", "mtm.db.password", "wrong");
        }
    }

    private static final String HOST = env("MTM_PG_HOST", "127.0.0.1") + ":" + env("MTM_PG_PORT", "5432");
    private static final String USER = env("MTM_PG_USER", "postgres");
    private static final String PASSWORD = env("MTM_PG_PASSWORD", "");
    private static final String DATABASE = env("MTM_TEST_MIGRATION_DB", "mtm_test_migration");

    @Test
    void createMigratesWithTheLoginReadFromTheSecret() throws Exception {
        // A test profile restarts Quarkus in a class loader where DriverManager would not offer the driver.
        Class.forName("org.postgresql.Driver", true, MigrateWithTheAdminSecretTest.class.getClassLoader());
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }

        given().contentType("application/json").accept("application/json")
                .body(Map.of("RequestType", "Create", "RequestId", "r-1", "LogicalResourceId", "Migration",
                        "StackId", "arn:aws:cloudformation:us-east-1:111111111111:stack/Mtm-Schema/1",
                        "ResourceType", "Custom::SchemaMigration", "ResourceProperties", Map.of("MigrationsDigest", "x")))
                .when().post()
                .then().statusCode(200);

        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/" + DATABASE, USER, PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from flyway_schema_history where success")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
