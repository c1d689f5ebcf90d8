package com.healthoptions.mtm.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.healthoptions.mtm.files.DelimitedFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeometryAndParsingTest {

    @Test
    void haversineMilesMatchKnownDistances() {
        // One degree of latitude on the mean sphere: 2 * pi * R / 360.
        assertThat(GreatCircle.miles(40, -75, 41, -75)).isCloseTo(69.093, within(0.001));
        assertThat(GreatCircle.miles(42.104106, -72.592027, 42.104106, -72.592027)).isZero();
        // Springfield MA (01103) to Pittsfield MA (01201) ZCTA points: about 42.2 miles apart.
        assertThat(GreatCircle.miles(42.104106, -72.592027, 42.448236, -73.273727)).isCloseTo(42.19, within(0.01));
    }

    @Test
    void theBoundingBoxContainsTheWholeCircle() {
        double lat = 61.2, lon = -149.9, radius = 100;
        var box = GreatCircle.boundingBoxes(lat, lon, radius).getFirst();
        for (int bearing = 0; bearing < 360; bearing += 5) {
            double[] p = destination(lat, lon, radius * 0.999, bearing);
            assertThat(p[0]).isBetween(box.south(), box.north());
            assertThat(p[1]).isBetween(box.west(), box.east());
        }
    }

    @Test
    void aCircleAcrossTheAntimeridianGetsTwoBoxes() {
        var boxes = GreatCircle.boundingBoxes(52.0, -179.5, 50);
        assertThat(boxes).hasSize(2);
        assertThat(boxes).anyMatch(b -> b.east() == 180).anyMatch(b -> b.west() == -180);
        assertThat(GreatCircle.boundingBoxes(89.9, 0, 50)).singleElement()
                .satisfies(b -> assertThat(b.west()).isEqualTo(-180));
    }

    @Test
    void ndcDirectoryFormsMapToDisposalForms() {
        assertThat(DosageForm.ofNdcDirectory("PATCH, EXTENDED RELEASE", "TRANSDERMAL")).isEqualTo(DosageForm.PATCH);
        assertThat(DosageForm.ofNdcDirectory("AEROSOL, METERED", "RESPIRATORY (INHALATION)")).isEqualTo(DosageForm.INHALER);
        assertThat(DosageForm.ofNdcDirectory("INJECTION, SOLUTION", "SUBCUTANEOUS")).isEqualTo(DosageForm.INJECTABLE);
        assertThat(DosageForm.ofNdcDirectory("SOLUTION", "ORAL")).isEqualTo(DosageForm.LIQUID);
        assertThat(DosageForm.ofNdcDirectory("GEL", "RECTAL")).isEqualTo(DosageForm.RECTAL_GEL);
        assertThat(DosageForm.ofNdcDirectory("TABLET, FILM COATED", "ORAL")).isEqualTo(DosageForm.SOLID);
        assertThat(DosageForm.ofNdcDirectory("FILM", "BUCCAL")).isEqualTo(DosageForm.SOLID);
        assertThat(DosageForm.ofNdcDirectory("CREAM", "TOPICAL")).isEqualTo(DosageForm.OTHER);
        assertThat(DosageForm.ofNdcDirectory(null, null)).isNull();
    }

    @Test
    void editDistanceCountsTranspositionsAsOneEdit() {
        assertThat(EditDistance.within("oxycodon", "oxycodone", 2)).isEqualTo(1);
        assertThat(EditDistance.within("oxycdoone", "oxycodone", 2)).isEqualTo(1);
        assertThat(EditDistance.within("abc", "xyz", 1)).isEqualTo(2);
        assertThat(EditDistance.within("", "ab", 5)).isEqualTo(2);
    }

    @Test
    void csvQuotingAndGazetteerPaddingAreRead() {
        var csv = new DelimitedFile(stream("a,b,c\n\n\"x, y\",\"say \"\"hi\"\"\", plain \n\"open,1\n"), ',');
        assertThat(csv.header()).containsExactly("a", "b", "c");
        var row = csv.next();
        assertThat(row.number()).isEqualTo(3);
        assertThat(row.fields()).containsExactly("x, y", "say \"hi\"", "plain");
        assertThat(csv.next().error()).isEqualTo("unterminated quoted field");
        assertThat(csv.next()).isNull();

        var tsv = new DelimitedFile(stream("\uFEFFGEOID\tINTPTLAT\tINTPTLONG                   \n01103\t 42.104106\t -72.592027   \n"), '\t');
        assertThat(tsv.header()).containsExactly("geoid", "intptlat", "intptlong");
        assertThat(tsv.next().fields()).containsExactly("01103", "42.104106", "-72.592027");
    }

    @Test
    void theNextTakeBackDayIsTheFirstOnOrAfterToday() {
        var days = List.of(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 4, 26), LocalDate.of(2026, 4, 25));
        assertThat(TakeBackDays.next(days, LocalDate.of(2025, 4, 26))).contains(LocalDate.of(2025, 4, 26));
        assertThat(TakeBackDays.next(days, LocalDate.of(2025, 4, 27))).contains(LocalDate.of(2025, 10, 25));
        assertThat(TakeBackDays.next(days, LocalDate.of(2026, 4, 26))).isEmpty();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The point {@code miles} from (lat, lon) along {@code bearing} degrees, on the same sphere. */
    private static double[] destination(double lat, double lon, double miles, double bearing) {
        double d = miles / GreatCircle.EARTH_RADIUS_MILES;
        double phi1 = Math.toRadians(lat);
        double lambda1 = Math.toRadians(lon);
        double theta = Math.toRadians(bearing);
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(d) + Math.cos(phi1) * Math.sin(d) * Math.cos(theta));
        double lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(d) * Math.cos(phi1),
                Math.cos(d) - Math.sin(phi1) * Math.sin(phi2));
        return new double[] {Math.toDegrees(phi2), Math.toDegrees(lambda2)};
    }
}
