package com.healthoptions.mtm.disposal.http;

import com.healthoptions.mtm.disposal.NearbySite;
import com.healthoptions.mtm.disposal.SiteAcceptance;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Collection sites nearest a ZIP code; {@code origin} is null when the ZIP code is not in the centroid table. */
@RegisterForReflection
@Schema(name = "DisposalSites")
public record SitesView(@Schema(required = true) String zip, @Schema(required = true) double radiusMiles,
        @Schema(required = true) int limit,
        @Schema(nullable = true, description = "Null when the ZIP code is not in the centroid table") Origin origin,
        @Schema(required = true) List<Site> sites, @Schema(required = true) List<String> notes) {

    @RegisterForReflection
    public record Origin(double latitude, double longitude) {
    }

    /** {@code accepts} and {@code doesNotAccept} hold what the listing says; a form in neither is unknown. */
    @RegisterForReflection
    @Schema(name = "DisposalSite")
    public record Site(@Schema(required = true) String id, @Schema(required = true) String name,
            @Schema(nullable = true) String address, @Schema(nullable = true) String city,
            @Schema(nullable = true) String state, @Schema(nullable = true) String zip,
            double latitude, double longitude, @Schema(required = true) double distanceMiles,
            @Schema(nullable = true, enumeration = {"RETAIL_PHARMACY", "HOSPITAL_CLINIC", "LAW_ENFORCEMENT",
                    "NARCOTIC_TREATMENT_PROGRAM", "OTHER"}) String collectorType,
            @Schema(required = true) List<String> accepts, @Schema(required = true) List<String> doesNotAccept,
            @Schema(nullable = true) String phone) {

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
