package com.healthoptions.mtm.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * What counts as an outage (503 / UNAVAILABLE) and what stays a bug (500 / failed invocation), however the
 * reactive client or Hibernate Reactive wraps it. The functions' outage tests produce the real failures by
 * stopping a real server; this pins down the edges they cannot reach.
 */
class DatabaseOutageTest {

    private static PgException sqlState(String state) {
        return new PgException("a message that could quote row values", "ERROR", state, null);
    }

    @Test
    void wrappedConnectionFailuresAndTimeoutsAreOutages() {
        assertThat(DatabaseOutage.causedBy(new CompletionException(new IllegalStateException("wrapped",
                new ConnectException("Connection refused"))))).isTrue();
        for (String state : new String[] {"57014", "55P03", "57P01", "57P03", "53300", "08006", "08001"}) {
            assertThat(DatabaseOutage.causedBy(new RuntimeException(sqlState(state)))).as(state).isTrue();
        }
        assertThat(DatabaseOutage.causedBy(new java.sql.SQLException("converted", "57014"))).isTrue();
        assertThat(DatabaseOutage.causedBy(io.vertx.sqlclient.ClosedConnectionException.INSTANCE)).isTrue();
        assertThat(DatabaseOutage.causedBy(new io.vertx.core.VertxException("Timeout waiting for connection", true)))
                .isTrue();
    }

    @Test
    void bugsAndBadDataAreNotOutages() {
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.causedBy(new CompletionException(new IllegalArgumentException("x")))).isFalse();
        // A constraint violation or a syntax error is ours or the data's, not a pause.
        assertThat(DatabaseOutage.causedBy(sqlState("23505"))).isFalse();
        assertThat(DatabaseOutage.causedBy(sqlState("42601"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new io.vertx.core.VertxException("something else", true))).isFalse();
    }

    @Test
    void theDescriptionNamesTypesAndSqlStatesButNoMessage() {
        String described = DatabaseOutage.describe(new CompletionException(sqlState("57014")));
        assertThat(described).isEqualTo("java.util.concurrent.CompletionException <- io.vertx.pgclient.PgException SQLSTATE 57014");
        assertThat(described).doesNotContain("row values");
    }
}
