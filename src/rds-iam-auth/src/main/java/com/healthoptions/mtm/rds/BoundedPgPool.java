package com.healthoptions.mtm.rds;

import io.quarkus.credentials.runtime.CredentialsProviderFinder;
import io.quarkus.reactive.datasource.runtime.ConnectOptionsSupplier;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.core.Future;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.spi.PgDriver;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reactive PostgreSQL pool of every database function, as Quarkus builds it, plus the two limits Quarkus
 * 3.33 has no property for (its reactive datasource offers idle timeout and max lifetime, not these):
 * <ul>
 *   <li>{@code mtm.db.connect-timeout}: how long opening a TCP connection may take (Vert.x's default is 60 s,
 *       longer than any function's deadline when the database's address stops answering);
 *   <li>{@code mtm.db.acquisition-timeout}: how long a caller waits for a connection from a full pool (Vert.x's
 *       default is 30 s).
 * </ul>
 * Unset, each keeps Vert.x's default. The credentials provider is asked for every new connection exactly as
 * Quarkus does it (so an IAM token is signed per connection: {@code EveryNewConnectionGetsATokenTest}).
 */
@Singleton
public class BoundedPgPool implements PgPoolCreator {

    private final Optional<Duration> connectTimeout;
    private final Optional<Duration> acquisitionTimeout;
    private final Optional<String> credentialsProvider;
    private final Optional<String> credentialsProviderName;

    @Inject
    public BoundedPgPool(
            @ConfigProperty(name = "mtm.db.connect-timeout") Optional<Duration> connectTimeout,
            @ConfigProperty(name = "mtm.db.acquisition-timeout") Optional<Duration> acquisitionTimeout,
            @ConfigProperty(name = "quarkus.datasource.credentials-provider") Optional<String> credentialsProvider,
            @ConfigProperty(name = "quarkus.datasource.credentials-provider-name") Optional<String> credentialsProviderName) {
        this.connectTimeout = connectTimeout;
        this.acquisitionTimeout = acquisitionTimeout;
        this.credentialsProvider = credentialsProvider;
        this.credentialsProviderName = credentialsProviderName;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions pool = new PoolOptions(input.poolOptions());
        acquisitionTimeout.ifPresent(timeout -> pool.setConnectionTimeout(millis(timeout, "mtm.db.acquisition-timeout"))
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS));
        List<PgConnectOptions> databases = input.pgConnectOptionsList().stream().map(configured -> {
            PgConnectOptions options = new PgConnectOptions(configured);
            connectTimeout.ifPresent(timeout -> options.setConnectTimeout(millis(timeout, "mtm.db.connect-timeout")));
            return options;
        }).toList();
        Supplier<Future<PgConnectOptions>> connectOptions = credentialsProvider.isPresent()
                ? new ConnectOptionsSupplier<>(CredentialsProviderFinder.find(credentialsProviderName.orElse(null)),
                        credentialsProvider.get(), databases, PgConnectOptions::new)
                : roundRobin(databases);
        return PgDriver.INSTANCE.createPool(input.vertx(), connectOptions, pool);
    }

    private static Supplier<Future<PgConnectOptions>> roundRobin(List<PgConnectOptions> databases) {
        AtomicInteger next = new AtomicInteger();
        return () -> Future.succeededFuture(databases.get(Math.floorMod(next.getAndIncrement(), databases.size())));
    }

    private static int millis(Duration timeout, String key) {
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalStateException(key + " must be a positive duration");
        }
        return (int) timeout.toMillis();
    }
}
