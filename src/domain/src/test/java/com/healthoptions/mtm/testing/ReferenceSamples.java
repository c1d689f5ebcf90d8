package com.healthoptions.mtm.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The disposal reference samples scripts/dev loads ({@code src/functions/disposal-guidance/dev}), for the tests of
 * the loaders (claims intake) and of the searches over what they load (disposal guidance).
 */
public final class ReferenceSamples {

    /** The take-back site file's header, every column. */
    public static final String SITES_HEADER = "site_id,name,address,city,state,zip,latitude,longitude,collector_type,"
            + "accepts_pills,accepts_patches,accepts_liquids,accepts_inhalers,accepts_sharps,phone\n";

    private ReferenceSamples() {
    }

    public static Path sites() {
        return dev().resolve("take-back-sites.sample.csv");
    }

    public static Path zipCentroids() {
        return dev().resolve("zip-centroids.sample.txt");
    }

    private static Path dev() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path dev = p.resolve("src/functions/disposal-guidance/dev");
            if (Files.isDirectory(dev)) {
                return dev;
            }
        }
        throw new IllegalStateException("src/functions/disposal-guidance/dev not found above the working directory");
    }
}
