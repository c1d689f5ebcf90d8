package com.healthoptions.mtm.disposal.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.healthoptions.mtm.disposal.GreatCircle;
import com.healthoptions.mtm.disposal.TakeBackSiteFileLoader;
import com.healthoptions.mtm.disposal.ZipCentroidFileLoader;
import com.healthoptions.mtm.files.ReferenceFileResult;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.ReferenceSamples;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /disposal-sites and GET /disposal-events/next through the mock event server against PostgreSQL. */
@QuarkusTest
// Sites arrive through the loaders, which run in claims intake (their own tests are there): the class runs as its
// role (DisposalReadsReferenceDataOnlyTest shows the searches work as the disposal role).
@WithTestResource(value = PostgresTestDatabase.class,
        initArgs = @ResourceArg(name = PostgresTestDatabase.ROLE, value = "mtm_claims_intake"))
class DisposalSitesResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    TakeBackSiteFileLoader sites;

    @Inject
    ZipCentroidFileLoader zips;

    void loadSamples() throws IOException {
        assertThat(zips.load(Files.newInputStream(ReferenceSamples.zipCentroids()), 0).status())
                .isEqualTo(ReferenceFileResult.Status.APPLIED);
        assertThat(sites.load(Files.newInputStream(ReferenceSamples.sites()), 0).status())
                .isEqualTo(ReferenceFileResult.Status.APPLIED);
    }

    void loadSites(String rows) {
        var result = sites.load(new ByteArrayInputStream((ReferenceSamples.SITES_HEADER + rows)
                .getBytes(StandardCharsets.UTF_8)), 0);
        assertThat(result.status()).isEqualTo(ReferenceFileResult.Status.APPLIED);
    }

    @Test
    void theNearestSitesComeFirstWithDistanceAndWhatEachAccepts() throws IOException {
        loadSamples();
        given().queryParam("zip", "01103").queryParam("radiusMiles", "10").get("/disposal-sites")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("zip", equalTo("01103"))
                .body("radiusMiles", equalTo(10.0f))
                .body("limit", equalTo(10))
                .body("origin.latitude", equalTo(42.104106f))
                .body("sites.id", contains("SAMPLE-MA-0001", "SAMPLE-MA-0003", "SAMPLE-MA-0002", "SAMPLE-MA-0005",
                        "SAMPLE-MA-0006", "SAMPLE-MA-0004", "SAMPLE-CT-0001", "SAMPLE-MA-0007"))
                .body("sites[0].distanceMiles", equalTo(0.21f))
                .body("sites[0].name", equalTo("Sample Pharmacy, Main Street (sample data)"))
                .body("sites[0].collectorType", equalTo("RETAIL_PHARMACY"))
                .body("sites[0].accepts", contains("PILLS", "PATCHES", "LIQUIDS"))
                .body("sites[0].doesNotAccept", contains("INHALERS", "SHARPS"))
                .body("sites[3].accepts", empty())
                .body("sites[3].doesNotAccept", empty())
                .body("sites[6].state", equalTo("CT"))
                .body("notes", empty());
        // A ZIP+4 reads as its ZIP; the default radius is 10 miles; the limit cuts the list.
        given().queryParam("zip", "01103-2000").queryParam("limit", "3").get("/disposal-sites")
                .then().statusCode(200)
                .body("zip", equalTo("01103"))
                .body("radiusMiles", equalTo(10.0f))
                .body("sites.id", contains("SAMPLE-MA-0001", "SAMPLE-MA-0003", "SAMPLE-MA-0002"));
    }

    @Test
    void aLargerRadiusReachesFartherSitesStillSorted() throws IOException {
        loadSamples();
        List<Float> distances = given().queryParam("zip", "01103").queryParam("radiusMiles", "50")
                .queryParam("limit", "50").get("/disposal-sites")
                .then().statusCode(200).extract().path("sites.distanceMiles");
        assertThat(distances).hasSizeGreaterThanOrEqualTo(11).isSorted().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(50f));
        assertThat(distances).contains(42.19f, 15.15f, 19.21f);
    }

    /** Sites just inside and just outside 10 miles, north, east and south-west of a ZIP centroid. */
    @Test
    void sitesAtTheEdgeOfTheRadiusAreInsideOrOutsideByTheirExactDistance() {
        double lat = 38.5;
        double lon = -98.0;
        try (var db = TestData.open()) {
            db.update("insert into zip_centroid (zip, latitude, longitude) values ('67999', ?, ?) "
                    + "on conflict (zip) do update set latitude = excluded.latitude, longitude = excluded.longitude", lat, lon);
        }
        StringBuilder rows = new StringBuilder();
        String[][] placed = {{"KS-N-IN", "0", "9.98"}, {"KS-N-OUT", "0", "10.01"}, {"KS-E-IN", "90", "9.99"},
                {"KS-E-OUT", "90", "10.004"}, {"KS-SW-IN", "225", "9.996"}};
        for (String[] p : placed) {
            double[] at = destination(lat, lon, Double.parseDouble(p[2]), Double.parseDouble(p[1]));
            assertThat(GreatCircle.miles(lat, lon, at[0], at[1])).isCloseTo(Double.parseDouble(p[2]),
                    org.assertj.core.api.Assertions.within(1e-6));
            rows.append(String.format(Locale.ROOT, "%s,Edge site,1 Main St,Salina,KS,67401,%.9f,%.9f,,,,,,,%n",
                    p[0], at[0], at[1]));
        }
        loadSites(rows.toString());
        given().queryParam("zip", "67999").queryParam("radiusMiles", "10").get("/disposal-sites")
                .then().statusCode(200)
                .body("sites.id", contains("KS-N-IN", "KS-E-IN", "KS-SW-IN"))
                .body("sites.distanceMiles", contains(9.98f, 9.99f, 10.0f));
        given().queryParam("zip", "67999").queryParam("radiusMiles", "10.02").get("/disposal-sites")
                .then().statusCode(200)
                .body("sites.id", containsInAnyOrder("KS-E-IN", "KS-N-IN", "KS-SW-IN", "KS-E-OUT", "KS-N-OUT"));
        given().queryParam("zip", "67999").queryParam("radiusMiles", "9.97").get("/disposal-sites")
                .then().statusCode(200)
                .body("sites", empty())
                .body("notes[0]", containsString("within 9.97 miles"));
    }

    @Test
    void aSiteAcrossTheAntimeridianIsFound() {
        try (var db = TestData.open()) {
            db.update("insert into zip_centroid (zip, latitude, longitude) values ('99998', 51.5, 179.95) "
                    + "on conflict (zip) do update set latitude = excluded.latitude, longitude = excluded.longitude");
        }
        loadSites("GU-ACROSS,Across the line,1 Main St,Hagatna,GU,96910,51.5,-179.95,,,,,,,\n");
        given().queryParam("zip", "99998").queryParam("radiusMiles", "10").get("/disposal-sites")
                .then().statusCode(200)
                .body("sites.id", contains("GU-ACROSS"))
                .body("sites[0].distanceMiles", equalTo(4.3f));
    }

    @Test
    void aZipCodeWeHaveNoCentroidForGetsAnEmptyListAndWhereToLook() {
        given().queryParam("zip", "00002").get("/disposal-sites")
                .then().statusCode(200)
                .body("origin", nullValue())
                .body("sites", empty())
                .body("notes[0]", containsString("apps.deadiversion.usdoj.gov"));
    }

    @ParameterizedTest
    @CsvSource(value = {
            "1234, 10, 10, zip must be a 5-digit ZIP code",
            "abcde, 10, 10, zip must be a 5-digit ZIP code",
            "012345, 10, 10, zip must be a 5-digit ZIP code",
            "01103, 0, 10, radiusMiles must be",
            "01103, -5, 10, radiusMiles must be",
            "01103, 100.5, 10, radiusMiles must be",
            "01103, ten, 10, radiusMiles must be",
            "01103, NaN, 10, radiusMiles must be",
            "01103, 10, 0, limit must be",
            "01103, 10, 51, limit must be",
            "01103, 10, 2.5, limit must be"})
    void malformedZipOrRadiusOrLimitIsA400Problem(String zip, String radius, String limit, String error) {
        given().queryParam("zip", zip).queryParam("radiusMiles", radius).queryParam("limit", limit)
                .get("/disposal-sites")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors", hasSize(1))
                .body("errors[0]", containsString(error));
    }

    @Test
    void everyBadParameterIsNamedAtOnceAndAMissingZipIsOne() {
        given().queryParam("zip", "1").queryParam("radiusMiles", "0").queryParam("limit", "0").get("/disposal-sites")
                .then().statusCode(400).contentType(PROBLEM).body("errors", hasSize(3));
        given().get("/disposal-sites").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0]", containsString("zip must be"));
    }

    @Test
    void theNextTakeBackDayIsTheFirstConfiguredDateNotYetPast() {
        // %test.mtm.disposal.take-back-days=2020-04-25,2099-10-31,2099-04-25
        given().get("/disposal-events/next")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("event", equalTo("National Prescription Drug Take Back Day"))
                .body("date", equalTo("2099-04-25"))
                .body("hours", equalTo("10:00 a.m. to 2:00 p.m. local time"))
                .body("accepts", contains("PILLS", "PATCHES"))
                .body("doesNotAccept", contains("SHARPS", "LIQUIDS", "INHALERS"))
                .body("source", equalTo("https://www.dea.gov/takebackday"));
    }

    /** The point {@code miles} from (lat, lon) on {@code bearing} degrees, on the same sphere as the search. */
    static double[] destination(double lat, double lon, double miles, double bearing) {
        double d = miles / GreatCircle.EARTH_RADIUS_MILES;
        double phi1 = Math.toRadians(lat);
        double theta = Math.toRadians(bearing);
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(d) + Math.cos(phi1) * Math.sin(d) * Math.cos(theta));
        double lambda2 = Math.toRadians(lon) + Math.atan2(Math.sin(theta) * Math.sin(d) * Math.cos(phi1),
                Math.cos(d) - Math.sin(phi1) * Math.sin(phi2));
        return new double[] {Math.toDegrees(phi2), Math.toDegrees(lambda2)};
    }
}
