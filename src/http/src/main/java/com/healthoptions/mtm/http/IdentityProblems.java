package com.healthoptions.mtm.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problems about who is calling, shared by every function behind the portal's JWT authorizer. */
public class IdentityProblems {

    @ServerExceptionMapper
    public Response notAuthenticated(NotAuthenticatedException e) {
        return Response.fromResponse(Problem.response(401, "Not authenticated",
                "This API needs a portal token verified by the API's authorizer."))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response unidentifiedStaff(UnidentifiedStaffException e) {
        return Problem.response(403, "Staff token without identity", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notStaff(NotStaffException e) {
        return Problem.response(403, "Forbidden", e.getMessage());
    }
}
