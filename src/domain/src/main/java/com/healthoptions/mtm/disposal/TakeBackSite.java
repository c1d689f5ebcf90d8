package com.healthoptions.mtm.disposal;

import java.util.Set;

/**
 * A DEA-registered collection site. {@code accepts} and {@code refuses} hold only what the listing says;
 * a form in neither is unknown. {@code collectorType} and {@code phone} may be null.
 */
public record TakeBackSite(String siteId, String name, String address, String city, String state, String zip,
        double latitude, double longitude, CollectorType collectorType, Set<SiteAcceptance> accepts,
        Set<SiteAcceptance> refuses, String phone) {

    public TakeBackSite {
        accepts = Set.copyOf(accepts);
        refuses = Set.copyOf(refuses);
    }
}
