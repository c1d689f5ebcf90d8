package com.healthoptions.mtm.rds;

import io.quarkus.credentials.CredentialsProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rds.RdsUtilities;

/**
 * The database password of each new connection: an IAM authentication token for the function's own
 * database user at RDS Proxy, signed with the function's execution-role credentials.
 *
 * <p>Selected by configuration, so local runs and tests keep their plain user and password:
 * {@code quarkus.datasource.credentials-provider=rds-iam} and {@code quarkus.datasource.credentials-provider-name=rds-iam}
 * (infra sets both). Quarkus's reactive pool asks a credentials provider again for every connection it opens,
 * which matters because a token is accepted for 15 minutes only; an open connection outlives its token.
 * Signing is local (SigV4 over host, port and user): no network call, no HTTP client. Quarkus calls
 * {@link #getCredentials} on a worker thread, since resolving the role's credentials may read a file or, with
 * SnapStart, ask Lambda's local credentials endpoint.
 *
 * <p>Under SnapStart (a CRaC resource): before the snapshot it signs one token, so the SDK's signer, credential
 * chain and region classes are loaded and initialised in the snapshot rather than on the first connection;
 * after a restore it starts over with a new credential chain, so no credentials resolved before the snapshot
 * (possibly hours old, from another execution environment) sign a token afterwards. No token is kept: each
 * connection still gets a fresh one.
 */
@Singleton
@Named(IamDatabaseLogin.NAME)
public class IamDatabaseLogin implements CredentialsProvider, Resource {

    public static final String NAME = "rds-iam";

    private static final Logger LOG = Logger.getLogger(IamDatabaseLogin.class);

    private final String host;
    private final int port;
    private final String user;
    private final Region region;
    private final Supplier<AwsCredentialsProvider> credentials;
    private volatile RdsUtilities rds;

    @Inject
    public IamDatabaseLogin(
            @ConfigProperty(name = "quarkus.datasource.reactive.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "mtm.db.iam.region") Optional<String> region) {
        // Optional here, so a function that never selects this login starts without these settings.
        this(url.orElseThrow(() -> new IllegalStateException("IAM database login needs quarkus.datasource.reactive.url")),
                user.orElse(null), region.or(() -> Optional.ofNullable(System.getenv("AWS_REGION"))).orElseThrow(() ->
                new IllegalStateException("IAM database login needs a region: AWS_REGION (set by Lambda) or mtm.db.iam.region")),
                () -> DefaultCredentialsProvider.builder().build());
    }

    IamDatabaseLogin(String url, String user, String region, AwsCredentialsProvider credentials) {
        this(url, user, region, () -> credentials);
    }

    /** {@code credentials} makes the credential chain: once at start, and again after each restore. */
    IamDatabaseLogin(String url, String user, String region, Supplier<AwsCredentialsProvider> credentials) {
        URI endpoint = endpoint(url);
        this.host = endpoint.getHost();
        this.port = endpoint.getPort() < 0 ? 5432 : endpoint.getPort();
        if (user == null || user.isBlank()) {
            throw new IllegalStateException("IAM database login needs quarkus.datasource.username (the function's role)");
        }
        this.user = user;
        this.region = Region.of(region);
        this.credentials = credentials;
        this.rds = signer();
        // The global context holds resources weakly; this singleton lives as long as the application.
        Core.getGlobalContext().register(this);
    }

    private RdsUtilities signer() {
        return RdsUtilities.builder().region(region).credentialsProvider(credentials.get()).build();
    }

    /** Before the snapshot: one token signed and thrown away (no connection, nothing kept). */
    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            getCredentials(NAME);
        } catch (RuntimeException e) {
            // Priming only: the first real connection will report a real problem.
            LOG.warnf("IAM token priming before the snapshot failed: %s", e.getClass().getSimpleName());
        }
    }

    /** After a restore: a new credential chain, so tokens are signed with credentials resolved from now on. */
    @Override
    public void afterRestore(Context<? extends Resource> context) {
        rds = signer();
    }

    /** {@code postgresql://host:port/db?...} (optionally prefixed {@code vertx-reactive:}), one host only. */
    static URI endpoint(String url) {
        String plain = url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url;
        if (plain.contains(",")) {
            throw new IllegalStateException("IAM database login signs for one host; the datasource URL lists several");
        }
        URI uri = URI.create(plain);
        if (uri.getHost() == null) {
            throw new IllegalStateException("No host in the datasource URL " + url);
        }
        return uri;
    }

    @Override
    public Map<String, String> getCredentials(String credentialsProviderName) {
        String token = rds.generateAuthenticationToken(request -> request.hostname(host).port(port).username(user));
        return Map.of(USER_PROPERTY_NAME, user, PASSWORD_PROPERTY_NAME, token);
    }
}
