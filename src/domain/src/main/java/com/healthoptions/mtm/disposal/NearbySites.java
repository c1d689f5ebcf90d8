package com.healthoptions.mtm.disposal;

import java.util.List;

/** The sites nearest a ZIP code, nearest first; {@code origin} is null when the ZIP is not in the centroid table. */
public record NearbySites(ZipCentroid origin, List<NearbySite> sites) {

    public NearbySites {
        sites = List.copyOf(sites);
    }
}
