package com.healthoptions.mtm.enrollment.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is calling, from the claims API Gateway's JWT authorizer verified and put in the request context
 * ({@code requestContext.authorizer.jwt}). The function never sees or checks the token itself: in AWS the
 * route has the authorizer attached, so a request without verified claims never reaches a member's data.
 */
@ApplicationScoped
public class PortalIdentity {

    private final String memberIdClaim;
    private final String staffScope;

    public PortalIdentity(@ConfigProperty(name = "mtm.auth.member-id-claim", defaultValue = "member_id") String memberIdClaim,
            @ConfigProperty(name = "mtm.auth.staff-scope", defaultValue = "mtm/staff") String staffScope) {
        this.memberIdClaim = memberIdClaim;
        this.staffScope = staffScope;
    }

    /**
     * The caller as the verified claims describe them.
     *
     * @throws NotAuthenticatedException when the request carries no verified claims
     */
    public PortalCaller caller(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt = jwt(event);
        Map<String, String> claims = jwt == null ? null : jwt.getClaims();
        if (claims == null || claims.isEmpty()) {
            throw new NotAuthenticatedException();
        }
        if (hasStaffScope(claims, jwt.getScopes())) {
            String subject = firstPresent(claims, "sub", "client_id", "username");
            return new PortalCaller(true, subject != null ? subject : "unknown", null);
        }
        return new PortalCaller(false, null, claims.get(memberIdClaim));
    }

    /** API Gateway's request id, which the portal also sees; the audit rows carry it as correlation id. */
    public static String requestId(APIGatewayV2HTTPEvent event) {
        return event != null && event.getRequestContext() != null ? event.getRequestContext().getRequestId() : null;
    }

    /** HTTP APIs put scopes in {@code jwt.scopes}; some issuers only send the space-separated {@code scope} claim. */
    private boolean hasStaffScope(Map<String, String> claims, List<String> scopes) {
        if (scopes != null && scopes.contains(staffScope)) {
            return true;
        }
        String scope = claims.get("scope");
        return scope != null && Arrays.asList(scope.trim().split("\\s+")).contains(staffScope);
    }

    private static APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt(APIGatewayV2HTTPEvent event) {
        if (event == null || event.getRequestContext() == null || event.getRequestContext().getAuthorizer() == null) {
            return null;
        }
        return event.getRequestContext().getAuthorizer().getJwt();
    }

    private static String firstPresent(Map<String, String> claims, String... names) {
        for (String name : names) {
            String value = claims.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
