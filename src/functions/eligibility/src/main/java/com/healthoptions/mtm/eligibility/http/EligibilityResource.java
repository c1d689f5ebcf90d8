package com.healthoptions.mtm.eligibility.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.healthoptions.mtm.audit.PhiReader;
import com.healthoptions.mtm.eligibility.EligibilityService;
import com.healthoptions.mtm.http.InvalidRequestException;
import com.healthoptions.mtm.http.openapi.HttpContractFilter;
import com.healthoptions.mtm.http.PortalClaims;
import com.healthoptions.mtm.http.RequestChecks;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Is this member MTM-eligible this plan year, and exactly why. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MTM eligibility", description = "Targeting decisions under 42 CFR 423.153(d) and the plans' criteria")
@SecurityScheme(securitySchemeName = "staffJwt", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Staff token with the scope mtm/staff, verified by the API Gateway JWT "
                + "authorizer; its sub (or client_id, username) names the reader in the audit trail.")
@SecurityRequirement(name = "staffJwt")
@APIResponse(responseCode = "400", description = "A malformed member id, plan year, date or body; each broken field is named")
@APIResponse(responseCode = "401", description = "No valid token (API Gateway's authorizer)",
        extensions = @Extension(name = HttpContractFilter.ANSWERED_BY, value = HttpContractFilter.API_GATEWAY))
@APIResponse(responseCode = "404", description = "Unknown member or plan, or no criteria for that plan year")
@APIResponse(responseCode = "503", description = "The database cannot be reached for now; retry after Retry-After seconds")
public class EligibilityResource {

    private final EligibilityService eligibility;

    public EligibilityResource(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @GET
    @Path("members/{memberId}/eligibility")
    @Operation(operationId = "getMemberEligibility", summary = "Is this member MTM-eligible, and exactly why",
            description = "Decided from the member's stored claims, diagnoses, DMP periods and coverage; every answer "
                    + "writes an MTM_ELIGIBILITY_READ audit row.")
    @APIResponse(responseCode = "200", description = "The decision with every criterion and the member's enrollment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(responseCode = "403", description = "A staff token naming nobody (no sub, client_id or username), "
            + "or a token without the staff scope (API Gateway's authorizer)",
            extensions = @Extension(name = HttpContractFilter.ANSWERED_BY, value = HttpContractFilter.FUNCTION_AND_API_GATEWAY))
    public Uni<EligibilityView> memberEligibility(@RestPath String memberId,
            @Parameter(description = "Plan year, YYYY; default the current one", schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}$"))
            @RestQuery String planYear,
            @Parameter(description = "Decide as of this day, YYYY-MM-DD; default today in the plan's time zone",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @RestQuery String asOf, @Context APIGatewayV2HTTPEvent event) {
        PhiReader reader = readerOf(event);
        List<String> errors = new ArrayList<>();
        RequestChecks.memberId(memberId, errors);
        Integer year = RequestChecks.optionalPlanYear("planYear", planYear, errors);
        var day = RequestChecks.optionalDate("asOf", asOf, errors);
        RequestChecks.throwIfAny(errors);
        return eligibility.forMemberShownTo(memberId, year, day, reader).map(EligibilityView::of);
    }

    /**
     * Who is shown the answer, for its audit row. In AWS the route's authorizer requires a staff token, so a
     * request always carries verified claims; a token that names nobody is refused (403). Without claims (a
     * local run, or a route deployed without its authorizer) the reader is recorded as {@code unverified}.
     */
    static PhiReader readerOf(APIGatewayV2HTTPEvent event) {
        String requestId = PortalClaims.requestId(event);
        return PortalClaims.present(event) ? PhiReader.staff(PortalClaims.of(event).staffSubject(), requestId)
                : new PhiReader("unverified", requestId);
    }

    @POST
    @Path("eligibility/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluateProfile", summary = "The eligibility decision for a what-if profile",
            description = "Every rule can be reproduced with one request; costBasis and drugCountBasis try another "
                    + "basis than the plan's. Nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationRequest.class)))
    @APIResponse(responseCode = "200", description = "The decision (enrollment is null: no member is involved)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(responseCode = "403", description = "A token without the staff scope (API Gateway's authorizer)",
            extensions = @Extension(name = HttpContractFilter.ANSWERED_BY, value = HttpContractFilter.API_GATEWAY))
    public Uni<EligibilityView> evaluate(EvaluationRequest request) {
        if (request == null) {
            throw new InvalidRequestException("a JSON body is required");
        }
        return eligibility.forSuppliedProfile(request.toProfile()).map(d -> EligibilityView.of(d, null));
    }

    @GET
    @Path("plans/{planId}/criteria/{planYear}")
    @Operation(operationId = "getPlanCriteria", summary = "A plan's targeting criteria for one plan year")
    @APIResponse(responseCode = "200", description = "The criteria; source flags values not confirmed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaView.class)))
    @APIResponse(responseCode = "403", description = "A token without the staff scope (API Gateway's authorizer)",
            extensions = @Extension(name = HttpContractFilter.ANSWERED_BY, value = HttpContractFilter.API_GATEWAY))
    public Uni<CriteriaView> criteria(@RestPath String planId, @RestPath String planYear) {
        List<String> errors = new ArrayList<>();
        Integer year = RequestChecks.optionalPlanYear("planYear", planYear, errors);
        RequestChecks.throwIfAny(errors);
        return eligibility.criteriaFor(planId, year).map(CriteriaView::of);
    }
}
