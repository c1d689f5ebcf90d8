package com.healthoptions.mtm.enrollment.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.healthoptions.mtm.http.PortalClaims;
import com.healthoptions.mtm.member.MemberId;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who is calling, from the claims the API Gateway JWT authorizer verified (see {@link PortalClaims}). */
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
     * @throws com.healthoptions.mtm.http.NotAuthenticatedException when the request carries no verified claims
     * @throws com.healthoptions.mtm.http.UnidentifiedStaffException for a staff token that names nobody
     */
    public PortalCaller caller(APIGatewayV2HTTPEvent event) {
        PortalClaims claims = PortalClaims.of(event);
        if (claims.hasScope(staffScope)) {
            return new PortalCaller(true, claims.staffSubject(), null);
        }
        // A claim that is not a member id names nobody: such a member may act on no one (403).
        return new PortalCaller(false, null, MemberId.parse(claims.claim(memberIdClaim)).map(MemberId::value).orElse(null));
    }

    /** API Gateway's request id, which the portal also sees; the audit rows carry it as correlation id. */
    public static String requestId(APIGatewayV2HTTPEvent event) {
        return PortalClaims.requestId(event);
    }
}
