package com.healthoptions.mtm.enrollment.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.healthoptions.mtm.enrollment.EffectiveDateNotPermittedException;
import com.healthoptions.mtm.enrollment.OptOutReservedForStaffException;
import com.healthoptions.mtm.enrollment.ReasonNotPermittedException;
import com.healthoptions.mtm.http.Problem;
import com.healthoptions.mtm.http.ProblemMappers;
import com.healthoptions.mtm.idempotency.IdempotencyKeyReusedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problems particular to the opt-out function; everything else goes through the shared {@link ProblemMappers}. */
public class OptOutProblems {

    private static final ProblemMappers SHARED = new ProblemMappers();

    @ServerExceptionMapper
    public Response notYours(NotYourEnrollmentException e) {
        return Problem.response(403, "Forbidden", e.getMessage());
    }

    @ServerExceptionMapper
    public Response staffOnlyReason(ReasonNotPermittedException e) {
        return Problem.response(403, "Reason reserved for staff", e.getMessage());
    }

    @ServerExceptionMapper
    public Response staffOnlyOptOut(OptOutReservedForStaffException e) {
        return Problem.response(403, "Opt-out reserved for staff", e.getMessage());
    }

    @ServerExceptionMapper
    public Response staffOnlyEffectiveDate(EffectiveDateNotPermittedException e) {
        return Problem.response(403, "Effective date reserved for staff", e.getMessage());
    }

    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReusedException e) {
        return Problem.response(422, "Idempotency-Key reused", e.getMessage()
                + " Send a new key for a new request.");
    }

    @ServerExceptionMapper
    public Response malformedBody(OptOutResource.MalformedBody e) {
        return SHARED.malformedJson((JsonProcessingException) e.getCause());
    }
}
