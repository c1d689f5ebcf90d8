package com.healthoptions.mtm.intake.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.healthoptions.mtm.files.ReferenceFileResult;
import com.healthoptions.mtm.files.RowRejection;
import com.healthoptions.mtm.screening.PrescriberDirectoryLoader;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The prescriber directory the TMR letters are addressed from, loaded as the intake function loads it (its bean,
 * its role): rows with a wrong NPI check digit, a bad state or ZIP are rejected by line and column (never echoing
 * the value), the rest upserted; loading again changes an address, never duplicates a prescriber.
 */
@QuarkusTest
@WithTestResource(IntakePostgres.class)
@WithTestResource(S3MockServer.class)
class PrescriberDirectoryLoaderTest {

    @Inject
    PrescriberDirectoryLoader loader;

    ReferenceFileResult load(String csv, double threshold) {
        return loader.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), threshold);
    }

    static String address(String npi) {
        try (var db = TestData.open()) {
            return db.value(String.class, "select name || ' | ' || address_line1 || ' | ' || coalesce(fax, '-') || ' | '"
                    + " || count(*) over () from prescriber where npi = ?", npi);
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
                .containsExactly(tuple(3L, "npi"), tuple(4L, "state"), tuple(4L, "zip"));
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
