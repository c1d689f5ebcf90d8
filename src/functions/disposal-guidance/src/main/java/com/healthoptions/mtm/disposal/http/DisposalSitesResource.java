package com.healthoptions.mtm.disposal.http;

import com.healthoptions.mtm.disposal.GuidanceSource;
import com.healthoptions.mtm.disposal.TakeBackSiteSearch;
import com.healthoptions.mtm.http.RequestChecks;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestQuery;

/** The DEA-registered collection sites nearest a ZIP code, nearest first. */
@Path("/disposal-sites")
@Produces(MediaType.APPLICATION_JSON)
public class DisposalSitesResource {

    static final double DEFAULT_RADIUS_MILES = 10;
    static final double MAX_RADIUS_MILES = 100;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    private static final Pattern ZIP = Pattern.compile("^(\\d{5})(-\\d{4})?$");
    private static final Pattern INTEGER = Pattern.compile("^\\d{1,3}$");

    private final TakeBackSiteSearch search;

    public DisposalSitesResource(TakeBackSiteSearch search) {
        this.search = search;
    }

    @GET
    public Uni<SitesView> sites(@RestQuery String zip, @RestQuery String radiusMiles, @RestQuery String limit) {
        List<String> errors = new ArrayList<>();
        var zipMatch = ZIP.matcher(zip == null ? "" : zip.strip());
        if (!zipMatch.matches()) {
            errors.add("zip must be a 5-digit ZIP code (ZIP+4 allowed)");
        }
        double radius = DEFAULT_RADIUS_MILES;
        if (radiusMiles != null && !radiusMiles.isBlank()) {
            try {
                radius = Double.parseDouble(radiusMiles.strip());
            } catch (NumberFormatException e) {
                radius = Double.NaN;
            }
            if (!(radius > 0 && radius <= MAX_RADIUS_MILES)) {
                errors.add("radiusMiles must be a number of miles above 0 and at most " + (int) MAX_RADIUS_MILES);
            }
        }
        int count = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            count = INTEGER.matcher(limit.strip()).matches() ? Integer.parseInt(limit.strip()) : -1;
            if (count < 1 || count > MAX_LIMIT) {
                errors.add("limit must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        RequestChecks.throwIfAny(errors);
        String zip5 = zipMatch.group(1);
        double r = radius;
        int n = count;
        return search.near(zip5, r, n).map(found -> {
            List<String> notes = new ArrayList<>();
            if (found.origin() == null) {
                notes.add("We do not have a location for this ZIP code. DEA's own search lists collection sites: "
                        + GuidanceSource.DEA_SITE_SEARCH.url());
            } else if (found.sites().isEmpty()) {
                notes.add("No collection site we know of is within " + formatMiles(r) + " miles. Try a larger "
                        + "radius, ask your pharmacy for a mail-back envelope, or search DEA's list: "
                        + GuidanceSource.DEA_SITE_SEARCH.url());
            }
            return new SitesView(zip5, r, n, found.origin() == null ? null
                    : new SitesView.Origin(found.origin().latitude(), found.origin().longitude()),
                    found.sites().stream().map(SitesView.Site::of).toList(), notes);
        });
    }

    private static String formatMiles(double miles) {
        return miles == Math.rint(miles) ? String.valueOf((long) miles) : String.valueOf(miles);
    }
}
