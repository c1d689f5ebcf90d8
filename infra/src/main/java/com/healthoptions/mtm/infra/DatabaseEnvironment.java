package com.healthoptions.mtm.infra;

import java.util.Map;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.SecretsManagerSecretOptions;

/**
 * Environment variables that connect a function to PostgreSQL.
 *
 * <p>The password is a CloudFormation dynamic reference: CloudFormation reads Secrets Manager at
 * deploy time, so the function's role needs no secretsmanager permission and nothing is fetched at
 * cold start. The price: the value is visible to anyone allowed lambda:GetFunctionConfiguration, and
 * a rotated secret reaches the function only at its next deployment (see infra/README.md).
 */
final class DatabaseEnvironment {

    private DatabaseEnvironment() {
    }

    /** Quarkus reactive datasource through RDS Proxy (Vert.x PostgreSQL client). */
    static Map<String, String> reactiveThroughProxy(DataStack data, InfraSettings settings) {
        return Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://" + data.proxy().getEndpoint() + ":"
                        + DataStack.POSTGRES_PORT + "/" + DataStack.DATABASE_NAME,
                "QUARKUS_DATASOURCE_USERNAME", secret(settings, "username"),
                "QUARKUS_DATASOURCE_PASSWORD", secret(settings, "password"),
                // RDS Proxy requires TLS; its ACM certificate chains to a root in the JVM's default trust store.
                "QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_SSL_MODE", "require",
                "QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM", "HTTPS",
                // Unnamed prepared statements: named ones pin the client to one backend connection in the proxy.
                "QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_USE_LAYER7_PROXY", "true");
    }

    /** {@code {{resolve:secretsmanager:<name>:SecretString:<field>::}}}: resolved by CloudFormation at deploy time. */
    static String secret(InfraSettings settings, String field) {
        return SecretValue.secretsManager(DataStack.databaseSecretName(settings),
                SecretsManagerSecretOptions.builder().jsonField(field).build()).unsafeUnwrap();
    }

    /** JDBC straight to the cluster writer, for SchemaMigration (names as in SchemaMigration.main). */
    static Map<String, String> jdbcToWriter(DataStack data, InfraSettings settings) {
        return Map.of(
                "MTM_JDBC_URL", "jdbc:postgresql://" + data.cluster().getClusterEndpoint().getHostname() + ":"
                        + DataStack.POSTGRES_PORT + "/" + DataStack.DATABASE_NAME + "?sslmode=require",
                "MTM_DB_USER", secret(settings, "username"),
                "MTM_DB_PASSWORD", secret(settings, "password"));
    }
}
