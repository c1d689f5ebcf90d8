package com.healthoptions.mtm.rds;

import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.Pool;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The database across a SnapStart snapshot (Lambda's Java runtime calls these CRaC hooks; tests call them
 * directly). A socket in a snapshot is dead after a restore, possibly days later in another execution
 * environment, so the pool must hold none when the snapshot is taken:
 * <ul>
 * <li>before the snapshot, one connection outside the pool, with the pool's settings and login (the IAM token
 * when configured), runs {@code select 1} and is closed: the driver, TLS and authentication classes are loaded
 * and initialised in the snapshot, and no connection is in it. Bounded; a database out of reach is logged
 * and the snapshot goes on (priming only). No table is read, so nothing about a member is in the snapshot.</li>
 * <li>after a restore, the pool is checked to hold no connection from before the snapshot, and one
 * {@code select 1} through it opens a fresh connection with a fresh token, so the first request does not pay
 * for it. Bounded well inside Lambda's 10 s for the restore hooks; a failure is logged, never thrown (the
 * request then opens its own connection and reports a real problem as it does today).</li>
 * </ul>
 */
@Startup
@Singleton
public class SnapStartDatabase implements Resource {

    private static final Logger LOG = Logger.getLogger(SnapStartDatabase.class);
    static final Duration PRIMING_BUDGET = Duration.ofSeconds(5);
    static final Duration RESTORE_BUDGET = Duration.ofSeconds(2);

    /** What a hook did, for the log line and for tests. */
    public record Outcome(boolean connected, int poolConnectionsBefore, String failure) {
    }

    @Inject
    Vertx vertx;

    @Inject
    Instance<Pool> pool;

    @Inject
    Instance<IamDatabaseLogin> iamLogin;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "quarkus.datasource.credentials-provider")
    Optional<String> credentialsProvider;

    @ConfigProperty(name = "quarkus.datasource.reactive.postgresql.ssl-mode")
    Optional<String> sslMode;

    @ConfigProperty(name = "quarkus.datasource.reactive.trust-all")
    Optional<Boolean> trustAll;

    @ConfigProperty(name = "quarkus.datasource.reactive.hostname-verification-algorithm")
    Optional<String> hostnameVerification;

    @ConfigProperty(name = "quarkus.datasource.reactive.postgresql.use-layer7-proxy")
    Optional<Boolean> layer7Proxy;

    @PostConstruct
    void register() {
        // The global context holds resources weakly; this singleton lives as long as the application.
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        Outcome outcome = primeOutsideThePool();
        LOG.infof("Before the snapshot: database %s, pool connections %d",
                outcome.connected() ? "reached and closed again" : "not reached (" + outcome.failure() + ")",
                outcome.poolConnectionsBefore());
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        Outcome outcome = reconnectThePool();
        if (outcome.poolConnectionsBefore() > 0) {
            LOG.warnf("After the restore the pool held %d connection(s) from before the snapshot",
                    outcome.poolConnectionsBefore());
        }
        LOG.infof("After the restore: pool %s", outcome.connected()
                ? "connected afresh" : "not connected (" + outcome.failure() + "); the first request connects");
    }

    /** One connection with the pool's settings, outside it, opened and closed. */
    public Outcome primeOutsideThePool() {
        int before = poolSize();
        if (url.isEmpty()) {
            return new Outcome(false, before, "no datasource");
        }
        try {
            PgConnection.connect(vertx, connectOptions())
                    .compose(connection -> connection.query("select 1").execute()
                            .eventually(ignored -> connection.close()))
                    .toCompletionStage().toCompletableFuture()
                    .get(PRIMING_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(true, before, null);
        } catch (Exception e) {
            return new Outcome(false, before, failure(e));
        }
    }

    /** The pool's state checked, then one fresh connection through it. */
    public Outcome reconnectThePool() {
        int before = poolSize();
        if (!pool.isResolvable() || url.isEmpty()) {
            return new Outcome(false, before, "no datasource");
        }
        try {
            pool.get().query("select 1").execute().toCompletionStage().toCompletableFuture()
                    .get(RESTORE_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(true, before, null);
        } catch (Exception e) {
            return new Outcome(false, before, failure(e));
        }
    }

    private int poolSize() {
        return pool.isResolvable() ? pool.get().size() : 0;
    }

    /** The pool's connect options, with a fresh login (a new IAM token when configured) on every call. */
    public PgConnectOptions connectOptions() {
        String plain = url.orElseThrow();
        plain = plain.startsWith("vertx-reactive:") ? plain.substring("vertx-reactive:".length()) : plain;
        PgConnectOptions options = PgConnectOptions.fromUri(plain);
        user.ifPresent(options::setUser);
        if (credentialsProvider.filter(IamDatabaseLogin.NAME::equals).isPresent() && iamLogin.isResolvable()) {
            Map<String, String> login = iamLogin.get().getCredentials(IamDatabaseLogin.NAME);
            options.setUser(login.get(IamDatabaseLogin.USER_PROPERTY_NAME));
            options.setPassword(login.get(IamDatabaseLogin.PASSWORD_PROPERTY_NAME));
        } else {
            password.ifPresent(options::setPassword);
        }
        sslMode.map(SslMode::of).ifPresent(options::setSslMode);
        trustAll.ifPresent(options::setTrustAll);
        hostnameVerification.filter(a -> !"NONE".equalsIgnoreCase(a)).ifPresent(options::setHostnameVerificationAlgorithm);
        layer7Proxy.ifPresent(options::setUseLayer7Proxy);
        return options;
    }

    /** The error's class (and the database's SQLSTATE when it answered): never a value, never a message. */
    private static String failure(Exception e) {
        Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof io.vertx.pgclient.PgException pg) {
            return cause.getClass().getSimpleName() + " " + pg.getSqlState();
        }
        return cause.getClass().getSimpleName();
    }
}
