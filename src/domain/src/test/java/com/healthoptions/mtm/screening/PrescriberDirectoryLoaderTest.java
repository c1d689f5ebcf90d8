package com.healthoptions.mtm.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.files.ReferenceFileResult;
import com.healthoptions.mtm.files.RowRejection;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The prescriber directory the TMR letters are addressed from: rows with a wrong NPI check digit, a bad state or
 * ZIP are rejected by line and column (never echoing the value), the rest upserted; loading again changes an
 * address, never duplicates a prescriber.
 */
class PrescriberDirectoryLoaderTest {

    static Vertx vertx;
    static Pool pool;
    static PrescriberDirectoryLoader loader;

    @BeforeAll
    static void database() {
        PostgresTestDatabase database = new PostgresTestDatabase();
        database.init(Map.of(PostgresTestDatabase.ROLE, "mtm_claims_intake"));
        database.start();
        vertx = Vertx.vertx();
        pool = Pool.pool(vertx, PgConnectOptions.fromUri(PostgresTestDatabase.jdbcUrl().substring("jdbc:".length()))
                .setUser("mtm_claims_intake"), new PoolOptions().setMaxSize(2));
        loader = new PrescriberDirectoryLoader(pool);
    }

    @AfterAll
    static void close() {
        pool.closeAndAwait();
        vertx.closeAndAwait();
    }

    static ReferenceFileResult load(String csv, double threshold) {
        return loader.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), threshold);
    }

    static String address(String npi) {
        try (var c = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password());
                var rs = c.createStatement().executeQuery(
                        "select name || ' | ' || address_line1 || ' | ' || coalesce(fax, '-') || ' | ' || count(*) over ()"
                                + " from prescriber where npi = '" + npi + "'")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void validRowsAreAppliedAndBadOnesRejectedByLineAndColumn() {
        ReferenceFileResult r = load("""
                npi,name,address_line1,address_line2,city,state,zip,fax
                1234567893,"Avery Adams, MD",100 Main St,Suite 2,Springfield,IL,62701,+12175550199
                1234567890,Wrong Digit,1 A St,,Springfield,IL,62701,
                1245319599,Blair Baker,200 Oak Ave,,Peoria,XX,6160,
                """, 0.9);

        assertThat(r.status()).isEqualTo(ReferenceFileResult.Status.APPLIED);
        assertThat(r.rowsApplied()).isEqualTo(1);
        assertThat(r.rejections()).extracting(RowRejection::line, RowRejection::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "npi"), org.assertj.core.groups.Tuple.tuple(4L, "state"),
                        org.assertj.core.groups.Tuple.tuple(4L, "zip"));
        assertThat(r.rejections()).noneMatch(x -> x.reason().contains("1234567890"));
        assertThat(address("1234567893")).isEqualTo("Avery Adams, MD | 100 Main St | +12175550199 | 1");
        assertThat(address("1234567890")).isNull();
    }

    @Test
    void loadingAgainMovesAPrescriberAndTooManyBadRowsApplyNothing() {
        load("npi,name,address_line1,city,state,zip\n1987654328,Casey Cho,1 Elm St,Urbana,IL,61801\n", 0.01);
        load("npi,name,address_line1,city,state,zip\n1987654328,Casey Cho,9 Pine Rd,Urbana,IL,61802\n", 0.01);
        assertThat(address("1987654328")).isEqualTo("Casey Cho | 9 Pine Rd | - | 1");

        ReferenceFileResult rejected = load("npi,name,address_line1,city,state,zip\n"
                + "1987654328,Casey Cho,5 Moved Ln,Urbana,IL,61802\n1987654321,Bad,1 St,Urbana,IL,61801\n", 0.01);
        assertThat(rejected.status()).isEqualTo(ReferenceFileResult.Status.REJECTED);
        assertThat(address("1987654328")).as("nothing applied").isEqualTo("Casey Cho | 9 Pine Rd | - | 1");
    }
}
