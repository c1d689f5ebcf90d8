package com.healthoptions.mtm.rds;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * SnapStart's hooks on the reactive pool, called directly as Lambda's runtime would: before the snapshot a
 * connection is opened with the IAM login and closed, and the pool is left without one (a socket in the
 * snapshot would be dead after a restore); after the restore the pool answers through a connection opened
 * then, with a token signed then.
 */
@QuarkusTest
class PoolAcrossASnapshotTest {

    @Inject
    SnapStartDatabase hooks;

    @Inject
    Pool pool;

    @Inject
    CountingLogin login;

    @Test
    void beforeTheSnapshotTheDatabaseIsReachedOutsideThePoolAndAfterTheRestoreThePoolAnswers() throws InterruptedException {
        // Connections retire after max-lifetime (1 s here): start from an empty pool, as Lambda's init does.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (pool.size() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(pool.size()).as("pool connections at the start").isZero();
        int tokensBefore = login.issued.size();

        SnapStartDatabase.Outcome primed = hooks.primeOutsideThePool();
        assertThat(primed.connected()).as("reached the database: " + primed.failure()).isTrue();
        assertThat(login.issued.size() - tokensBefore).as("the priming connection logged in with a token").isEqualTo(1);
        assertThat(pool.size()).as("connections the pool holds after priming (would be in the snapshot)").isZero();

        int tokensAtRestore = login.issued.size();
        SnapStartDatabase.Outcome restored = hooks.reconnectThePool();
        assertThat(restored.connected()).as("pool answered after the restore: " + restored.failure()).isTrue();
        assertThat(restored.poolConnectionsBefore()).as("connections from before the snapshot").isZero();
        assertThat(login.issued.size()).as("the pool's new connection logged in with a new token").isGreaterThan(tokensAtRestore);

        // The hooks themselves never throw, whatever the database says.
        hooks.beforeCheckpoint(null);
        hooks.afterRestore(null);
    }
}
