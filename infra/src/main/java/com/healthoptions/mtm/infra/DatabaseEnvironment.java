package com.healthoptions.mtm.infra;

import java.util.Map;

/**
 * Environment variables that connect a function to PostgreSQL. None holds a secret: a function logs in
 * through RDS Proxy as its own database user with an IAM token it signs itself (mtm-rds-iam-auth), and the
 * migration reads the admin login from Secrets Manager when it runs.
 */
final class DatabaseEnvironment {

    /** The credentials provider of mtm-rds-iam-auth (IamDatabaseLogin.NAME). */
    static final String IAM_LOGIN = "rds-iam";

    private DatabaseEnvironment() {
    }

    /** Quarkus reactive datasource through RDS Proxy (Vert.x PostgreSQL client), as the function's own user. */
    static Map<String, String> reactiveThroughProxy(DataStack data, FunctionSpec spec) {
        String user = spec.databaseRole().orElseThrow(() ->
                new IllegalArgumentException(spec.id() + " has no database user of its own"));
        return Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://" + data.proxy().getEndpoint() + ":"
                        + DataStack.POSTGRES_PORT + "/" + DataStack.DATABASE_NAME,
                "QUARKUS_DATASOURCE_USERNAME", user,
                // A fresh IAM token for each new connection instead of a password (tokens last 15 minutes).
                "QUARKUS_DATASOURCE_CREDENTIALS_PROVIDER", IAM_LOGIN,
                "QUARKUS_DATASOURCE_CREDENTIALS_PROVIDER_NAME", IAM_LOGIN,
                // RDS Proxy requires TLS (and IAM login needs it); its ACM certificate chains to the JVM's default trust store.
                "QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_SSL_MODE", "require",
                "QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM", "HTTPS",
                // Unnamed prepared statements: named ones pin the client to one backend connection in the proxy.
                "QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_USE_LAYER7_PROXY", "true");
    }

    /**
     * JDBC straight to the cluster writer, for the migration (names as in MigrateSchemaOnDeploy): the admin
     * secret's ARN, not its value, which the function reads through the Secrets Manager endpoint at each run.
     */
    static Map<String, String> jdbcToWriter(DataStack data) {
        return Map.of(
                "MTM_JDBC_URL", "jdbc:postgresql://" + data.cluster().getClusterEndpoint().getHostname() + ":"
                        + DataStack.POSTGRES_PORT + "/" + DataStack.DATABASE_NAME + "?sslmode=require",
                "MTM_DB_SECRET_ARN", data.databaseSecret().getSecretArn());
    }
}
