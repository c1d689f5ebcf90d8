package com.healthoptions.mtm.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The claims the API Gateway JWT authorizer verified and put in the request context
 * ({@code requestContext.authorizer.jwt}). The functions never see or check the token itself: in AWS each
 * route has the authorizer attached, so a request without verified claims never reaches a member's data.
 */
public record PortalClaims(Map<String, String> claims, List<String> scopes) {

    /** The claims that may name a staff token's holder, first present wins (users, then machine clients). */
    public static final List<String> STAFF_SUBJECT_CLAIMS = List.of("sub", "client_id", "username");

    /**
     * The verified claims of the request.
     *
     * @throws NotAuthenticatedException when the request carries none
     */
    public static PortalClaims of(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt = jwt(event);
        Map<String, String> claims = jwt == null ? null : jwt.getClaims();
        if (claims == null || claims.isEmpty()) {
            throw new NotAuthenticatedException();
        }
        return new PortalClaims(claims, jwt.getScopes() == null ? List.of() : jwt.getScopes());
    }

    /** Whether the request carries verified claims at all (an authorizer was attached to its route). */
    public static boolean present(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt = jwt(event);
        return jwt != null && jwt.getClaims() != null && !jwt.getClaims().isEmpty();
    }

    /** API Gateway's request id, which the portal also sees; audit rows carry it as correlation id. */
    public static String requestId(APIGatewayV2HTTPEvent event) {
        return event != null && event.getRequestContext() != null ? event.getRequestContext().getRequestId() : null;
    }

    public String claim(String name) {
        return claims.get(name);
    }

    /** HTTP APIs put scopes in {@code jwt.scopes}; some issuers only send the space-separated {@code scope} claim. */
    public boolean hasScope(String scope) {
        if (scopes.contains(scope)) {
            return true;
        }
        String claim = claims.get("scope");
        return claim != null && Arrays.asList(claim.trim().split("\\s+")).contains(scope);
    }

    /**
     * Who holds this staff token, as the audit trail names them.
     *
     * @throws UnidentifiedStaffException when no subject claim is present: such a token is refused, never
     *         recorded as an anonymous staff member
     */
    public String staffSubject() {
        for (String name : STAFF_SUBJECT_CLAIMS) {
            String value = claims.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new UnidentifiedStaffException();
    }

    /**
     * The subject of a token that must carry {@code staffScope}.
     *
     * @throws NotStaffException without the scope
     * @throws UnidentifiedStaffException when the token names nobody
     */
    public String requireStaff(String staffScope) {
        if (!hasScope(staffScope)) {
            throw new NotStaffException();
        }
        return staffSubject();
    }

    private static APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt(APIGatewayV2HTTPEvent event) {
        if (event == null || event.getRequestContext() == null || event.getRequestContext().getAuthorizer() == null) {
            return null;
        }
        return event.getRequestContext().getAuthorizer().getJwt();
    }
}
