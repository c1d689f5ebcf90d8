package com.healthoptions.mtm.rds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.VertxException;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * With every connection taken, a caller gets the pool's timeout failure after mtm.db.acquisition-timeout (5 s
 * here) instead of waiting Vert.x's default 30 s: the failure the HTTP functions answer 503 for
 * (DatabaseOutage recognizes exactly these two failures). Then the pool serves again once a connection is back.
 */
@QuarkusTest
class FullPoolTest {

    @Inject
    Pool pool;

    @Test
    void aCallerFindingThePoolFullGetsTheAcquisitionTimeoutNotAnEndlessWait() {
        SqlConnection first = connection();
        SqlConnection second = connection();
        try {
            // Well under the 30 s default: a pool without the configured limit is still waiting here and the
            // await gives up with Mutiny's TimeoutException instead.
            Throwable waited = catchThrowable(() -> pool.query("select 1").execute().await().atMost(Duration.ofSeconds(15)));
            assertThat(waited).isInstanceOf(VertxException.class).hasMessage("Timeout waiting for connection");
            // A connection or a transaction asked of the pool fails with Vert.x's bare "Timeout".
            // (a Throwable, not an exception: Mutiny's await hands it over inside a CompletionException)
            Throwable acquiring = catchThrowable(() -> pool.getConnection().await().atMost(Duration.ofSeconds(15)))
                    .getCause();
            assertThat(acquiring.getClass().getName()).isEqualTo("io.vertx.core.impl.NoStackTraceThrowable");
            assertThat(acquiring).hasMessage("Timeout");
        } finally {
            first.close().await().atMost(Duration.ofSeconds(10));
            second.close().await().atMost(Duration.ofSeconds(10));
        }
        assertThat(pool.query("select 1").execute().await().atMost(Duration.ofSeconds(10)).size()).isEqualTo(1);
    }

    /**
     * A connection, asked again while the pool gives up: the limit includes opening the connection, which in a
     * cold JVM on a loaded machine (first token signed, classes loaded) can take longer than the limit.
     */
    private SqlConnection connection() {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                return pool.getConnection().await().atMost(Duration.ofSeconds(10));
            } catch (RuntimeException slow) {
                if (System.nanoTime() > deadline) {
                    throw slow;
                }
            }
        }
    }
}
