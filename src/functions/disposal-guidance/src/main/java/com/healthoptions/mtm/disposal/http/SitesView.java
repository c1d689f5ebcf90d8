package com.healthoptions.mtm.disposal.http;

import com.healthoptions.mtm.disposal.NearbySite;
import com.healthoptions.mtm.disposal.SiteAcceptance;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Set;

/** Collection sites nearest a ZIP code; {@code origin} is null when the ZIP code is not in the centroid table. */
@RegisterForReflection
public record SitesView(String zip, double radiusMiles, int limit, Origin origin, List<Site> sites,
        List<String> notes) {

    @RegisterForReflection
    public record Origin(double latitude, double longitude) {
    }

    /** {@code accepts} and {@code doesNotAccept} hold what the listing says; a form in neither is unknown. */
    @RegisterForReflection
    public record Site(String id, String name, String address, String city, String state, String zip,
            double latitude, double longitude, double distanceMiles, String collectorType, List<String> accepts,
            List<String> doesNotAccept, String phone) {

        static Site of(NearbySite n) {
            var s = n.site();
            return new Site(s.siteId(), s.name(), s.address(), s.city(), s.state(), s.zip(), s.latitude(),
                    s.longitude(), Math.round(n.distanceMiles() * 100) / 100.0,
                    s.collectorType() == null ? null : s.collectorType().name(), names(s.accepts()),
                    names(s.refuses()), s.phone());
        }

        private static List<String> names(Set<SiteAcceptance> set) {
            return set.stream().sorted().map(Enum::name).toList();
        }
    }
}
