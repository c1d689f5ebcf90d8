package com.healthoptions.mtm.eligibility.http;

import com.healthoptions.mtm.eligibility.EligibilityService;
import com.healthoptions.mtm.http.InvalidRequestException;
import com.healthoptions.mtm.http.RequestChecks;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
            @RestQuery String asOf) {
        List<String> errors = new ArrayList<>();
        RequestChecks.memberId(memberId, errors);
        Integer year = RequestChecks.optionalPlanYear("planYear", planYear, errors);
        var day = RequestChecks.optionalDate("asOf", asOf, errors);
        RequestChecks.throwIfAny(errors);
        return eligibility.forMember(memberId, year, day).map(EligibilityView::of);
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
