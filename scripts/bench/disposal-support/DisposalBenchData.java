import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic reference files for scripts/bench/disposal: ZIP centroids in the Census gazetteer format and a
 * take-back site directory in the disposal CSV format, dense around 30 US metro areas like the real
 * directory. Fixed seed: the same files every run.
 *
 * <pre>java scripts/bench/disposal-support/DisposalBenchData.java OUT_DIR [sites=50000] [zips=3000]</pre>
 * Prints {@code DENSE_ZIP=... SPARSE_ZIP=...}: the ZIP with the most sites within 10 miles and one with
 * only a few.
 */
public class DisposalBenchData {

    static final double[][] METROS = {
            {40.71, -74.01}, {34.05, -118.24}, {41.88, -87.63}, {29.76, -95.37}, {33.45, -112.07}, {39.95, -75.17},
            {29.42, -98.49}, {32.72, -117.16}, {32.78, -96.80}, {37.34, -121.89}, {30.27, -97.74}, {30.33, -81.66},
            {39.96, -83.00}, {35.23, -80.84}, {39.77, -86.16}, {47.61, -122.33}, {39.74, -104.99}, {42.36, -71.06},
            {36.16, -86.78}, {42.33, -83.05}, {33.75, -84.39}, {25.76, -80.19}, {44.98, -93.27}, {38.63, -90.20},
            {39.10, -94.58}, {45.52, -122.68}, {36.17, -115.14}, {40.44, -79.99}, {41.50, -81.69}, {29.95, -90.07}};
    static final String[] TYPES = {"RETAIL_PHARMACY", "RETAIL_PHARMACY", "RETAIL_PHARMACY", "HOSPITAL_CLINIC",
            "LAW_ENFORCEMENT", ""};
    static final String[] FLAGS = {"Y", "N", ""};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int siteCount = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int zipCount = args.length > 2 ? Integer.parseInt(args[2]) : 3_000;
        Files.createDirectories(out);
        Random random = new Random(20261127L);

        double[][] zips = new double[zipCount][];
        for (int i = 0; i < zipCount; i++) {
            zips[i] = i % 10 < 7 ? near(random, METROS[random.nextInt(METROS.length)], 0.35) : uniform(random);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("zip-centroids.bench.txt")))) {
            w.print("GEOID\tALAND\tAWATER\tALAND_SQMI\tAWATER_SQMI\tINTPTLAT\tINTPTLONG           \n");
            for (int i = 0; i < zipCount; i++) {
                w.printf(Locale.ROOT, "%05d\t0\t0\t0\t0\t%.6f\t%.6f%n", 10_000 + i, zips[i][0], zips[i][1]);
            }
        }

        double[][] sites = new double[siteCount][];
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("take-back-sites.bench.csv")))) {
            w.print("site_id,name,address,city,state,zip,latitude,longitude,collector_type,accepts_pills,"
                    + "accepts_patches,accepts_liquids,accepts_inhalers,accepts_sharps,phone\n");
            for (int i = 0; i < siteCount; i++) {
                sites[i] = i % 10 < 8 ? near(random, zips[random.nextInt(zipCount)], 0.07) : uniform(random);
                w.printf(Locale.ROOT, "BENCH-%06d,Bench collection site %d,%d Bench St,Benchville,%s,%05d,%.6f,%.6f,%s,Y,Y,%s,%s,N,%n",
                        i, i, i, i % 2 == 0 ? "TX" : "CA", 10_000 + random.nextInt(zipCount), sites[i][0], sites[i][1],
                        TYPES[random.nextInt(TYPES.length)], FLAGS[random.nextInt(3)], FLAGS[random.nextInt(3)]);
            }
        }

        int dense = 0;
        int denseCount = -1;
        int sparse = -1;
        for (int z = 0; z < zipCount; z++) {
            int within = 0;
            for (double[] s : sites) {
                if (miles(zips[z], s) <= 10) {
                    within++;
                }
            }
            if (within > denseCount) {
                dense = z;
                denseCount = within;
            }
            if (sparse < 0 && within >= 1 && within <= 3) {
                sparse = z;
            }
        }
        System.out.printf("DENSE_ZIP=%05d DENSE_SITES_10MI=%d SPARSE_ZIP=%05d%n", 10_000 + dense, denseCount,
                10_000 + Math.max(sparse, 0));
    }

    static double[] near(Random r, double[] centre, double sigmaDegrees) {
        return new double[] {centre[0] + r.nextGaussian() * sigmaDegrees,
                centre[1] + r.nextGaussian() * sigmaDegrees / Math.cos(Math.toRadians(centre[0]))};
    }

    static double[] uniform(Random r) {
        return new double[] {25 + r.nextDouble() * 24, -124 + r.nextDouble() * 57};
    }

    static double miles(double[] a, double[] b) {
        double dLat = Math.toRadians(b[0] - a[0]);
        double dLon = Math.toRadians(b[1] - a[1]);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a[0])) * Math.cos(Math.toRadians(b[0])) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 3958.7613 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
