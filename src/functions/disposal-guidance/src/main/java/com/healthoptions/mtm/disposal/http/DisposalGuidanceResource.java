package com.healthoptions.mtm.disposal.http;

import com.healthoptions.mtm.disposal.DisposalGuidanceService;
import com.healthoptions.mtm.http.InvalidRequestException;
import com.healthoptions.mtm.reference.NdcCode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** How to dispose of a drug named by a member (any spelling they type) or by its NDC. */
@Path("/disposal-guidance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Medication disposal", description = "How to dispose of unused medicines, where, and when the next Take Back Day is")
// Public: no authorizer on these routes; API Gateway throttles them.
@SecurityRequirementsSet
@APIResponse(responseCode = "400", description = "Neither or both of drug and ndc, a malformed NDC or a name over 200 characters")
@APIResponse(responseCode = "503", description = "The reference data cannot be read for now; retry after Retry-After seconds")
public class DisposalGuidanceResource {

    static final int MAX_DRUG_LENGTH = 200;

    private final DisposalGuidanceService guidance;

    public DisposalGuidanceResource(DisposalGuidanceService guidance) {
        this.guidance = guidance;
    }

    @GET
    @Operation(operationId = "getDisposalGuidance", summary = "How to dispose of a drug, by name or NDC",
            description = "Give exactly one of drug or ndc. An unknown drug is still answered (match NONE) with the "
                    + "general FDA guidance.")
    @APIResponse(responseCode = "200", description = "The guidance, best method first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuidanceView.class)))
    public Uni<GuidanceView> guidance(
            @Parameter(description = "A drug or brand name as the member types it (at most 200 characters)")
            @RestQuery String drug,
            @Parameter(description = "A National Drug Code: 4-4-2, 5-3-2, 5-4-1 or 5-4-2 with dashes, or 10 or 11 digits")
            @RestQuery String ndc) {
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
