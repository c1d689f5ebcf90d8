package com.healthoptions.mtm.eligibility.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.healthoptions.mtm.audit.PhiReader;
import com.healthoptions.mtm.eligibility.EligibilityService;
import com.healthoptions.mtm.http.InvalidRequestException;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Is this member MTM-eligible this plan year, and exactly why. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    private final EligibilityService eligibility;

    public EligibilityResource(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @GET
    @Path("members/{memberId}/eligibility")
    public Uni<EligibilityView> memberEligibility(@RestPath String memberId, @RestQuery String planYear,
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
    public Uni<EligibilityView> evaluate(EvaluationRequest request) {
        if (request == null) {
            throw new InvalidRequestException("a JSON body is required");
        }
        return eligibility.forSuppliedProfile(request.toProfile()).map(d -> EligibilityView.of(d, null));
    }

    @GET
    @Path("plans/{planId}/criteria/{planYear}")
    public Uni<CriteriaView> criteria(@RestPath String planId, @RestPath String planYear) {
        List<String> errors = new ArrayList<>();
        Integer year = RequestChecks.optionalPlanYear("planYear", planYear, errors);
        RequestChecks.throwIfAny(errors);
        return eligibility.criteriaFor(planId, year).map(CriteriaView::of);
    }
}
