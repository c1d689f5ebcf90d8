package com.healthoptions.mtm.testing;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.util.Map;

/**
 * For a domain test that runs without Quarkus: the test database recreated and migrated as
 * {@link PostgresTestDatabase} does for a function (with the login of {@code role} checked), and a small reactive
 * pool on it as the owner, the admin user of {@link TestData}. Closed, it closes the pool and its Vert.x.
 */
public final class OwnerPool implements AutoCloseable {

    private final Vertx vertx;
    private final Pool pool;

    private OwnerPool(Vertx vertx, Pool pool) {
        this.vertx = vertx;
        this.pool = pool;
    }

    public static OwnerPool onFreshDatabase(String role) {
        PostgresTestDatabase database = new PostgresTestDatabase();
        database.init(Map.of(PostgresTestDatabase.ROLE, role));
        database.start();
        Vertx vertx = Vertx.vertx();
        Pool pool = Pool.pool(vertx, PgConnectOptions.fromUri(PostgresTestDatabase.jdbcUrl().substring("jdbc:".length()))
                .setUser(PostgresTestDatabase.user()).setPassword(PostgresTestDatabase.password()),
                new PoolOptions().setMaxSize(2));
        return new OwnerPool(vertx, pool);
    }

    public Pool pool() {
        return pool;
    }

    @Override
    public void close() {
        pool.closeAndAwait();
        vertx.closeAndAwait();
    }
}
