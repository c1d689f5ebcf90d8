package com.healthoptions.mtm.disposal.http;

import com.healthoptions.mtm.disposal.DisposalGuidanceService;
import com.healthoptions.mtm.http.InvalidRequestException;
import com.healthoptions.mtm.reference.NdcCode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

/** How to dispose of a drug named by a member (any spelling they type) or by its NDC. */
@Path("/disposal-guidance")
@Produces(MediaType.APPLICATION_JSON)
public class DisposalGuidanceResource {

    static final int MAX_DRUG_LENGTH = 200;

    private final DisposalGuidanceService guidance;

    public DisposalGuidanceResource(DisposalGuidanceService guidance) {
        this.guidance = guidance;
    }

    @GET
    public Uni<GuidanceView> guidance(@RestQuery String drug, @RestQuery String ndc) {
        boolean hasDrug = drug != null && !drug.isBlank();
        boolean hasNdc = ndc != null && !ndc.isBlank();
        if (hasDrug == hasNdc) {
            throw new InvalidRequestException("give exactly one of drug (a drug or brand name) or ndc");
        }
        if (hasNdc) {
            String code = ndc.strip();
            if (NdcCode.elevenDigitCandidates(code).isEmpty()) {
                throw new InvalidRequestException("ndc must be a National Drug Code: 10 digits as 4-4-2, 5-3-2 or "
                        + "5-4-1 with dashes, 11 digits as 5-4-2 with or without dashes, or 10 digits without dashes");
            }
            return guidance.forNdc(code).map(GuidanceView::of);
        }
        String name = drug.strip();
        if (name.length() > MAX_DRUG_LENGTH) {
            throw new InvalidRequestException("drug must be at most " + MAX_DRUG_LENGTH + " characters");
        }
        return guidance.forName(name).map(GuidanceView::of);
    }
}
