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
 * With every connection taken, a caller gets the pool's timeout failure after mtm.db.acquisition-timeout (1 s
 * here) instead of waiting Vert.x's default 30 s: the failure the HTTP functions answer 503 for
 * (DatabaseOutage recognizes exactly this message). Then the pool serves again once a connection is back.
 */
@QuarkusTest
class FullPoolTest {

    @Inject
    Pool pool;

    @Test
    void aCallerFindingThePoolFullGetsTheAcquisitionTimeoutNotAnEndlessWait() {
        SqlConnection first = pool.getConnection().await().atMost(Duration.ofSeconds(10));
        SqlConnection second = pool.getConnection().await().atMost(Duration.ofSeconds(10));
        try {
            // Well under the 30 s default: a pool without the configured limit is still waiting here and the
            // await gives up with Mutiny's TimeoutException instead.
            Throwable waited = catchThrowable(() -> pool.query("select 1").execute().await().atMost(Duration.ofSeconds(15)));
            assertThat(waited).isInstanceOf(VertxException.class).hasMessage("Timeout waiting for connection");
        } finally {
            first.close().await().atMost(Duration.ofSeconds(10));
            second.close().await().atMost(Duration.ofSeconds(10));
        }
        assertThat(pool.query("select 1").execute().await().atMost(Duration.ofSeconds(10)).size()).isEqualTo(1);
    }
}
