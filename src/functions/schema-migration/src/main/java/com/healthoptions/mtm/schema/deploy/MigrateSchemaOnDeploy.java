package com.healthoptions.mtm.schema.deploy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.healthoptions.mtm.schema.SchemaMigration;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * onEvent handler of the CDK custom-resource Provider framework: migrates the schema when the stack
 * is created or updated, and leaves the database alone when the resource is deleted.
 *
 * <p>The framework turns a thrown exception into a FAILED response, which rolls the deployment back.
 */
@Named("migrateSchemaOnDeploy")
public class MigrateSchemaOnDeploy implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    /** Stable id: CloudFormation would treat a new id as a replacement and send a Delete for the old one. */
    static final String PHYSICAL_ID = "mtm-schema";

    private static final Logger LOG = Logger.getLogger(MigrateSchemaOnDeploy.class);

    private final String jdbcUrl;
    private final Optional<String> secretArn;
    private final Optional<URI> secretsEndpoint;
    private final Optional<String> user;
    private final String password;

    /**
     * In AWS {@code mtm.db.secret-arn} names the admin secret, read at each run; locally {@code mtm.db.user}
     * and {@code mtm.db.password} give the login.
     */
    public MigrateSchemaOnDeploy(
            @ConfigProperty(name = "mtm.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "mtm.db.secret-arn") Optional<String> secretArn,
            @ConfigProperty(name = "mtm.db.secrets-endpoint") Optional<URI> secretsEndpoint,
            @ConfigProperty(name = "mtm.db.user") Optional<String> user,
            @ConfigProperty(name = "mtm.db.password") Optional<String> password) {
        this.jdbcUrl = jdbcUrl;
        this.secretArn = secretArn;
        this.secretsEndpoint = secretsEndpoint;
        this.user = user;
        // MicroProfile Config reads an empty value as absent; local trust-auth databases have none.
        this.password = password.orElse("");
        if (secretArn.isEmpty() && user.isEmpty()) {
            throw new IllegalStateException("Set MTM_DB_SECRET_ARN (the admin secret) or MTM_DB_USER");
        }
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        String requestType = String.valueOf(event.get("RequestType"));
        return switch (requestType) {
            case "Create", "Update" -> migrate(requestType);
            // Dropping the schema with the stack would destroy member data: Delete is a no-op.
            case "Delete" -> Map.of("PhysicalResourceId", physicalId(event));
            default -> throw new IllegalArgumentException("Unknown RequestType: " + requestType);
        };
    }

    private Map<String, Object> migrate(String requestType) {
        DatabaseAdminSecret.Login login = secretArn
                .map(arn -> DatabaseAdminSecret.read(arn, secretsEndpoint))
                .orElseGet(() -> new DatabaseAdminSecret.Login(user.orElseThrow(), password));
        int applied = SchemaMigration.migrate(jdbcUrl, login.user(), login.password());
        LOG.infof("%s: schema up to date, %d migration(s) applied", requestType, applied);
        return Map.of(
                "PhysicalResourceId", PHYSICAL_ID,
                "Data", Map.of("MigrationsApplied", Integer.toString(applied)));
    }

    private static String physicalId(Map<String, Object> event) {
        Object id = event.get("PhysicalResourceId");
        return id == null ? PHYSICAL_ID : id.toString();
    }
}
