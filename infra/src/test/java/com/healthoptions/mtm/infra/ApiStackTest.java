package com.healthoptions.mtm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ApiStackTest {

    private static Template api;

    @BeforeAll
    static void synth() {
        api = Synth.template(Synth.stacks(Synth.jvm()).api());
    }

    @Test
    void portalJwtAuthorizerTakesIssuerAndAudienceFromContext() {
        api.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Match.objectLike(Map.of(
                "AuthorizerType", "JWT",
                "IdentitySource", List.of("$request.header.Authorization"),
                "JwtConfiguration", Map.of("Issuer", Synth.ISSUER, "Audience", List.of("portal-web", "portal-mobile")))));
    }

    @Test
    void eligibilityRoutesNeedTheStaffScope() {
        for (String key : List.of("GET /members/{memberId}/eligibility", "POST /eligibility/evaluations",
                "GET /plans/{planId}/criteria/{planYear}")) {
            api.hasResourceProperties("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of(
                    "RouteKey", key, "AuthorizationType", "JWT",
                    "AuthorizationScopes", List.of("mtm/staff"), "AuthorizerId", Match.anyValue())));
        }
    }

    @Test
    void optOutRoutesNeedAPortalTokenButNoScope() {
        for (String key : List.of("GET /members/{memberId}/enrollment", "POST /members/{memberId}/opt-out",
                "DELETE /members/{memberId}/opt-out")) {
            api.hasResourceProperties("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of(
                    "RouteKey", key, "AuthorizationType", "JWT", "AuthorizerId", Match.anyValue(),
                    "AuthorizationScopes", Match.absent())));
        }
    }

    @Test
    void disposalRoutesArePublicAndThrottledHarderThanTheRest() {
        for (String key : List.of("GET /disposal-guidance", "GET /disposal-sites", "GET /disposal-events/next")) {
            api.hasResourceProperties("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of(
                    "RouteKey", key, "AuthorizationType", "NONE")));
        }
        api.hasResourceProperties("AWS::ApiGatewayV2::Stage", Match.objectLike(Map.of(
                "StageName", "$default",
                "AutoDeploy", true,
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 200, "ThrottlingBurstLimit", 400),
                "RouteSettings", Map.of(
                        "GET /disposal-guidance", Map.of("ThrottlingRateLimit", 20, "ThrottlingBurstLimit", 40),
                        "GET /disposal-sites", Map.of("ThrottlingRateLimit", 20, "ThrottlingBurstLimit", 40),
                        "GET /disposal-events/next", Map.of("ThrottlingRateLimit", 20, "ThrottlingBurstLimit", 40)))));
    }

    @Test
    void everyRouteOfTheContractExistsOnce() {
        api.resourceCountIs("AWS::ApiGatewayV2::Route", 9);
        assertThat(api.findResources("AWS::ApiGatewayV2::Route").values().stream()
                .map(r -> ((Map<?, ?>) r.get("Properties")).get("RouteKey")).distinct().count()).isEqualTo(9);
    }

    @Test
    void integrationsAreLambdaProxyV2OnEachFunctionsLiveAlias() {
        for (String function : List.of("mtm-eligibility", "mtm-opt-out", "mtm-disposal-guidance")) {
            api.hasResourceProperties("AWS::ApiGatewayV2::Integration", Match.objectLike(Map.of(
                    "IntegrationType", "AWS_PROXY",
                    "PayloadFormatVersion", "2.0",
                    "IntegrationUri", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                            Match.arrayWith(List.of(":function:" + function + ":live")))))))));
        }
        api.resourceCountIs("AWS::ApiGatewayV2::Integration", 3);
    }

    @Test
    void stageDependsOnTheRoutesItThrottles() {
        Map<String, Map<String, Object>> stages = api.findResources("AWS::ApiGatewayV2::Stage");
        assertThat(stages).hasSize(1);
        @SuppressWarnings("unchecked")
        List<String> dependsOn = (List<String>) stages.values().iterator().next().get("DependsOn");
        assertThat(dependsOn).hasSize(9);
    }

    @Test
    void accessLogsCarryRouteKeysNotPathsWithMemberIds() {
        String json = Synth.json(api);
        assertThat(json).contains("$context.routeKey").doesNotContain("$context.path");
    }

    @Test
    void apiStackReferencesNoFunctionStack() {
        assertThat(Synth.json(api)).doesNotContain("Fn::ImportValue");
    }

    @Test
    void browsersGetPreflightAnswersForThePortalOriginOnly() {
        api.hasResourceProperties("AWS::ApiGatewayV2::Api", Match.objectLike(Map.of(
                "ProtocolType", "HTTP",
                "CorsConfiguration", Match.objectLike(Map.of("AllowOrigins", List.of("https://portal.example.org"))))));
    }

    @Test
    void preflightsAllowTheIdempotencyKeyAndBrowsersMayReadTheReplayHeader() {
        // The opt-out's retry contract (issue 11, item 9): API Gateway answers the preflight itself, so a
        // header it does not list is never sent by the browser, and a response header it does not expose
        // is invisible to the portal's script.
        api.hasResourceProperties("AWS::ApiGatewayV2::Api", Match.objectLike(Map.of(
                "CorsConfiguration", Match.objectLike(Map.of(
                        "AllowHeaders", Match.arrayWith(List.of("Authorization", "Content-Type", "Idempotency-Key")),
                        "ExposeHeaders", List.of("Idempotent-Replayed"))))));
    }
}
