package com.healthoptions.mtm.intake.lambda;

import static com.healthoptions.mtm.testing.ReferenceSamples.SITES_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.healthoptions.mtm.disposal.TakeBackSiteFileLoader;
import com.healthoptions.mtm.disposal.ZipCentroidFileLoader;
import com.healthoptions.mtm.files.ReferenceFileLoader;
import com.healthoptions.mtm.files.ReferenceFileResult;
import com.healthoptions.mtm.files.RowRejection;
import com.healthoptions.mtm.testing.ReferenceSamples;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The take-back-site and ZIP-centroid loaders, called the way the intake function calls them: found as
 * {@link ReferenceFileLoader} beans, handed a file's content and a reject threshold, as the intake role. The
 * sample files are the disposal function's (scripts/dev loads them); it reads what they load.
 */
@QuarkusTest
@WithTestResource(IntakePostgres.class)
@WithTestResource(S3MockServer.class)
class ReferenceFileLoadersTest {

    @Inject
    TakeBackSiteFileLoader sites;

    @Inject
    ZipCentroidFileLoader zips;

    @Inject
    @Any
    Instance<ReferenceFileLoader> loaders;

    static InputStream file(Path path) throws IOException {
        return Files.newInputStream(path);
    }

    static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static void assertApplied(ReferenceFileResult result, long read, long applied, long rejected) {
        assertThat(result.status()).isEqualTo(ReferenceFileResult.Status.APPLIED);
        assertThat(result.rowsRead()).isEqualTo(read);
        assertThat(result.rowsApplied()).isEqualTo(applied);
        assertThat(result.rowsRejected()).isEqualTo(rejected);
    }

    @Test
    void theIntakeFunctionFindsEveryLoaderByItsKeyPrefix() {
        assertThat(loaders.stream().map(ReferenceFileLoader::keyPrefix))
                .contains("reference/take-back-sites/", "reference/zip-centroids/", "reference/ndc/",
                        "reference/prescribers/");
    }

    @Test
    void theSampleGazetteerLoadsWithItsPaddedHeaderAndReloadsToTheSameTable() throws IOException {
        ReferenceFileResult first = zips.load(file(ReferenceSamples.zipCentroids()), 0.01);
        assertThat(first.status()).isEqualTo(ReferenceFileResult.Status.APPLIED);
        assertThat(first.rowsRead()).isEqualTo(36);
        assertThat(first.rowsApplied()).isEqualTo(36);
        assertThat(first.rejections()).isEmpty();
        ReferenceFileResult again = zips.load(file(ReferenceSamples.zipCentroids()), 0.01);
        assertThat(again.rowsApplied()).isEqualTo(36);
        try (var db = TestData.open()) {
            assertThat(db.value(Double.class, "select latitude from zip_centroid where zip = '01103'")).isEqualTo(42.104106);
            assertThat(db.value(Double.class, "select longitude from zip_centroid where zip = '01103'")).isEqualTo(-72.592027);
            assertThat(db.value(Long.class, "select count(*) from zip_centroid where zip in ('01103', '99546', '00601')")).isEqualTo(3);
        }
    }

    @Test
    void aGazetteerRowThatIsWrongIsRejectedByLineAndColumnWithoutItsValue() {
        String gazetteer = "GEOID\tALAND\tAWATER\tALAND_SQMI\tAWATER_SQMI\tINTPTLAT\tINTPTLONG   \n"
                + "70001\t1\t0\t0.1\t0\t 29.98\t -90.15\n"
                + "7X002\t1\t0\t0.1\t0\t 29.9\t -90.1\n"
                + "70003\t1\t0\t0.1\t0\t 291.5\t -90.1\n"
                + "70004\t1\t0\t0.1\t0\t 29.95\t -90.2\n";
        ReferenceFileResult lenient = zips.load(text(gazetteer), 0.5);
        assertApplied(lenient, 4, 2, 2);
        assertThat(lenient.rejections()).extracting(RowRejection::line, RowRejection::column)
                .containsExactly(tuple(3L, "geoid"), tuple(4L, "intptlat"));
        assertThat(lenient.rejections()).allSatisfy(r -> assertThat(r.reason()).doesNotContain("7X002", "291.5"));
        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, "select count(*) from zip_centroid where zip like '7000%'")).isEqualTo(2);
        }
    }

    @Test
    void aFileWithTooManyBadRowsIsRejectedWholeAndNothingOfItIsApplied() {
        String gazetteer = "GEOID\tINTPTLAT\tINTPTLONG\n"
                + "71001\t30.1\t-91.1\n"
                + "71002\tnorth\t-91.2\n";
        ReferenceFileResult result = zips.load(text(gazetteer), 0.01);
        assertThat(result.status()).isEqualTo(ReferenceFileResult.Status.REJECTED);
        assertThat(result.rowsApplied()).isZero();
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.message()).contains("1 of 2 rows rejected").contains("nothing applied");
        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, "select count(*) from zip_centroid where zip like '7100%'")).isZero();
        }
        ReferenceFileResult noColumns = zips.load(text("ZIP\tLAT\tLON\n71003\t30\t-91\n"), 0.01);
        assertThat(noColumns.status()).isEqualTo(ReferenceFileResult.Status.REJECTED);
        assertThat(noColumns.rejections()).extracting(RowRejection::column).contains("geoid", "intptlat", "intptlong");
        assertThat(zips.load(text(""), 0.01).status()).isEqualTo(ReferenceFileResult.Status.REJECTED);
    }

    @Test
    void theSampleSiteDirectoryLoadsWithWhatEachSiteAccepts() throws IOException {
        ReferenceFileResult result = sites.load(file(ReferenceSamples.sites()), 0.01);
        assertThat(result.status()).isEqualTo(ReferenceFileResult.Status.APPLIED);
        assertThat(result.rowsApplied()).isEqualTo(13);
        assertThat(result.message()).contains("3 state(s) (AK, CT, MA)");
        try (var db = TestData.open()) {
            assertThat(db.value(String.class, "select name from take_back_site where site_id = 'SAMPLE-MA-0001'"))
                    .isEqualTo("Sample Pharmacy, Main Street (sample data)");
            assertThat(db.value(Boolean.class, "select accepts_sharps from take_back_site where site_id = 'SAMPLE-MA-0001'"))
                    .isFalse();
            assertThat(db.value(Boolean.class, "select accepts_inhalers from take_back_site where site_id = 'SAMPLE-MA-0003'"))
                    .isNull();
            assertThat(db.value(String.class, "select zip from take_back_site where site_id = 'SAMPLE-MA-0005'"))
                    .isEqualTo("01089");
        }
    }

    @Test
    void aSiteFileReplacesTheSitesOfItsStatesAndLeavesOtherStatesAlone() {
        String firstFile = SITES_HEADER
                + "VT-1,Old Vermont site,1 Main St,Burlington,VT,05401,44.47,-73.21,RETAIL_PHARMACY,Y,Y,,,,\n"
                + "VT-2,Closed Vermont site,2 Main St,Burlington,VT,05401,44.48,-73.22,,,,,,,\n"
                + "NH-1,New Hampshire site,3 Main St,Concord,NH,03301,43.21,-71.54,LAW_ENFORCEMENT,,,,,,\n";
        assertThat(sites.load(text(firstFile), 0).status()).isEqualTo(ReferenceFileResult.Status.APPLIED);
        String vermontOnly = SITES_HEADER
                + "VT-1,Renamed Vermont site,1 Main St,Burlington,vt,05401,44.47,-73.21,retail pharmacy,Y,Y,N,,,\n";
        ReferenceFileResult result = sites.load(text(vermontOnly), 0);
        assertThat(result.message()).startsWith("Replaced the take-back sites of 1 state(s) (VT) with 1 site(s)");
        try (var db = TestData.open()) {
            assertThat(db.value(String.class, "select string_agg(site_id, ',' order by site_id) from take_back_site "
                    + "where state in ('VT', 'NH')")).isEqualTo("NH-1,VT-1");
            assertThat(db.value(String.class, "select name from take_back_site where site_id = 'VT-1'"))
                    .isEqualTo("Renamed Vermont site");
            assertThat(db.value(Boolean.class, "select accepts_liquids from take_back_site where site_id = 'VT-1'"))
                    .isFalse();
        }
    }

    @Test
    void badSiteRowsAreRejectedByColumnAndDuplicatesByTheirFirstLine() {
        String file = SITES_HEADER
                + "ME-1,Good site,1 Main St,Portland,ME,04101,43.66,-70.26,,Y,,,,,\n"
                + "ME-1,Same id again,2 Main St,Portland,ME,04101,43.67,-70.27,,,,,,,\n"
                + "ME-3,,3 Main St,Portland,ZZ,4101,43.66,-270.26,PHARMACY,maybe,,,,,\n"
                + "ME-4,Null island,4 Main St,Portland,ME,04101,0,0,,,,,,,\n"
                + "\"ME-5,broken quote\n"
                + "ME-6,Extra fields,6 Main St,Portland,ME,04101,43.6,-70.2,,,,,,,,surplus\n";
        ReferenceFileResult result = sites.load(text(file), 0.9);
        assertApplied(result, 6, 1, 5);
        assertThat(result.rejections()).extracting(RowRejection::line, RowRejection::column).contains(
                tuple(3L, "site_id"), tuple(4L, "name"), tuple(4L, "state"), tuple(4L, "zip"),
                tuple(4L, "longitude"), tuple(4L, "collector_type"), tuple(4L, "accepts_pills"),
                tuple(5L, "latitude"), tuple(6L, "(row)"), tuple(7L, "(row)"));
        assertThat(result.rejections()).filteredOn(r -> r.line() == 3).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("duplicate site_id (first on line 2)"));
        assertThat(result.rejections()).allSatisfy(r ->
                assertThat(r.reason()).doesNotContain("Same id again", "ZZ", "-270.26", "maybe", "surplus"));
        assertThat(sites.load(text(file), 0.5).status()).isEqualTo(ReferenceFileResult.Status.REJECTED);
    }

    @Test
    void onlyTheListedNumberOfRejectionsIsKeptButTheCountIsExact() {
        StringBuilder file = new StringBuilder(SITES_HEADER);
        for (int i = 0; i < 150; i++) {
            file.append("RI-").append(i).append(",Site,1 Main St,Providence,RI,02903,not-a-number,-71.4,,,,,,,\n");
        }
        ReferenceFileResult result = sites.load(text(file.toString()), 0.01);
        assertThat(result.status()).isEqualTo(ReferenceFileResult.Status.REJECTED);
        assertThat(result.rowsRejected()).isEqualTo(150);
        assertThat(result.rejections()).hasSize(100);
        assertThat(result.rejections().getFirst().line()).isEqualTo(2);
    }
}
