package com.healthoptions.mtm.schema.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the function through Quarkus's mock Lambda event server with the events the CDK Provider
 * framework sends, against a database of its own on the local PostgreSQL.
 */
@QuarkusTest
class MigrateSchemaOnDeployTest {

    private static final String HOST = env("MTM_PG_HOST", "127.0.0.1") + ":" + env("MTM_PG_PORT", "5432");
    private static final String USER = env("MTM_PG_USER", "postgres");
    private static final String PASSWORD = env("MTM_PG_PASSWORD", "");
    private static final String SERVER = "jdbc:postgresql://" + HOST + "/postgres";
    private static final String DATABASE = env("MTM_TEST_MIGRATION_DB", "mtm_test_migration");
    private static final String URL = "jdbc:postgresql://" + HOST + "/" + DATABASE;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    @Test
    void createMigratesAnEmptyDatabaseAndReportsAStableId() throws SQLException {
        Map<String, Object> response = send(event("Create", null));

        assertThat(response).containsEntry("PhysicalResourceId", "mtm-schema");
        assertThat(appliedMigrations()).isPositive();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) response.get("Data");
        assertThat(Integer.parseInt((String) data.get("MigrationsApplied"))).isEqualTo(appliedMigrations());
    }

    @Test
    void updateOnAnUpToDateSchemaAppliesNothing() throws SQLException {
        send(event("Create", null));
        int before = appliedMigrations();

        Map<String, Object> response = send(event("Update", "mtm-schema"));

        assertThat(response).containsEntry("PhysicalResourceId", "mtm-schema");
        assertThat(response.get("Data")).isEqualTo(Map.of("MigrationsApplied", "0"));
        assertThat(appliedMigrations()).isEqualTo(before);
    }

    @Test
    void deleteKeepsTheSchemaAndItsData() throws SQLException {
        send(event("Create", null));
        int before = appliedMigrations();

        Map<String, Object> response = send(event("Delete", "mtm-schema"));

        assertThat(response).isEqualTo(Map.of("PhysicalResourceId", "mtm-schema"));
        assertThat(appliedMigrations()).isEqualTo(before);
    }

    @Test
    void deleteOnANeverMigratedDatabaseTouchesNothing() throws SQLException {
        send(event("Delete", "mtm-schema"));

        assertThat(tableExists("flyway_schema_history")).isFalse();
    }

    @Test
    void anUnknownRequestTypeFailsTheDeployment() {
        given().contentType("application/json").accept("application/json")
                .body(event("Rollback", "mtm-schema"))
                .when().post()
                .then().statusCode(500);
    }

    private static Map<String, Object> event(String requestType, String physicalId) {
        Map<String, Object> event = new java.util.HashMap<>(Map.of(
                "RequestType", requestType,
                "ServiceToken", "arn:aws:lambda:us-east-1:111111111111:function:provider-framework-onEvent",
                "ResponseURL", "https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/x",
                "StackId", "arn:aws:cloudformation:us-east-1:111111111111:stack/Mtm-Schema/1",
                "RequestId", "d1f0c5a4-0000-4000-8000-000000000001",
                "LogicalResourceId", "Migration",
                "ResourceType", "Custom::SchemaMigration",
                "ResourceProperties", Map.of("ServiceToken", "x", "MigrationsDigest", "abc")));
        if (physicalId != null) {
            event.put("PhysicalResourceId", physicalId);
        }
        return event;
    }

    private static Map<String, Object> send(Map<String, Object> event) {
        return given().contentType("application/json").accept("application/json")
                .body(event)
                .when().post()
                .then().statusCode(200)
                .extract().as(Map.class);
    }

    private static int appliedMigrations() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static boolean tableExists(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT to_regclass('public." + name + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
