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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The DEA-registered collection sites nearest a ZIP code, nearest first. */
@Path("/disposal-sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Medication disposal", description = "How to dispose of unused medicines, where, and when the next Take Back Day is")
// Public: no authorizer on these routes; API Gateway throttles them.
@SecurityRequirementsSet
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
    @Operation(operationId = "findDisposalSites", summary = "DEA-registered collection sites nearest a ZIP code")
    @APIResponse(responseCode = "200", description = "The sites within the radius, nearest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SitesView.class)))
    @APIResponse(responseCode = "400", description = "A malformed ZIP code, radius or limit; each is named")
    @APIResponse(responseCode = "503", description = "The reference data cannot be read for now; retry after Retry-After seconds")
    public Uni<SitesView> sites(
            @Parameter(required = true, description = "5-digit ZIP code (ZIP+4 allowed)") @RestQuery String zip,
            @Parameter(description = "Miles, above 0 and at most 100; default 10",
                    schema = @Schema(type = SchemaType.NUMBER)) @RestQuery String radiusMiles,
            @Parameter(description = "How many sites, 1 to 50; default 10", schema = @Schema(type = SchemaType.INTEGER))
            @RestQuery String limit) {
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
