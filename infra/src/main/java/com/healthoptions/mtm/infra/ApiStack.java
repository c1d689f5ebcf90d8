package com.healthoptions.mtm.infra;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigatewayv2.CfnIntegration;
import software.amazon.awscdk.services.apigatewayv2.CfnRoute;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpAuthorizerType;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The HTTP API (payload v2): JWT authorizer, routes, integrations and the throttled stage.
 *
 * <p>Integrations target each function's {@code live} alias by its fixed name rather than by
 * reference, so this stack never depends on a function stack, and {@code cdk deploy} of one function
 * stack ships that function alone. Each function stack grants API Gateway its own routes.
 */
public class ApiStack extends Stack {

    private final HttpApi api;
    private final HttpAuthorizer portalJwt;

    public ApiStack(Construct scope, String id, StackProps props, InfraSettings settings) {
        super(scope, id, props);

        HttpApi.Builder apiBuilder = HttpApi.Builder.create(this, "Api")
                .apiName(settings.prefix() + "-member-services")
                .description("MTM member services: eligibility, opt-out, disposal guidance")
                // The stage below is built by hand: route-level throttling and access logs need CfnStage.
                .createDefaultStage(false);
        if (!settings.portalOrigins().isEmpty()) {
            // API Gateway answers browser preflights itself, before the JWT authorizer would reject them.
            apiBuilder.corsPreflight(CorsPreflightOptions.builder()
                    .allowOrigins(settings.portalOrigins())
                    .allowMethods(List.of(CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.DELETE))
                    // The opt-out's retry contract: the key a retry carries, and the header that marks a replay.
                    .allowHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key"))
                    .exposeHeaders(List.of("Idempotent-Replayed"))
                    .maxAge(Duration.hours(1))
                    .build());
        }
        api = apiBuilder.build();

        portalJwt = HttpAuthorizer.Builder.create(this, "PortalJwt")
                .httpApi(api)
                .authorizerName("portal-jwt")
                .type(HttpAuthorizerType.JWT)
                .identitySource(List.of("$request.header.Authorization"))
                .jwtIssuer(settings.portalJwtIssuer())
                .jwtAudience(settings.portalJwtAudiences())
                .build();

        Map<FunctionSpec, CfnIntegration> integrations = new LinkedHashMap<>();
        for (FunctionSpec function : HttpRoute.httpFunctions()) {
            integrations.put(function, CfnIntegration.Builder.create(this, "Integration-" + function.id())
                    .apiId(api.getApiId())
                    .integrationType("AWS_PROXY")
                    .integrationUri(aliasArn(settings, function))
                    .payloadFormatVersion("2.0")
                    .timeoutInMillis(Math.min(30_000, function.timeout().toMilliseconds().intValue() + 1_000))
                    .build());
        }

        List<CfnRoute> routes = new ArrayList<>();
        Map<String, Object> routeSettings = new HashMap<>();
        for (HttpRoute route : HttpRoute.ALL) {
            CfnRoute.Builder builder = CfnRoute.Builder.create(this, "Route " + route.routeKey())
                    .apiId(api.getApiId())
                    .routeKey(route.routeKey())
                    .target("integrations/" + integrations.get(route.function()).getRef());
            switch (route.access()) {
                case STAFF -> builder.authorizationType("JWT").authorizerId(portalJwt.getAuthorizerId())
                        .authorizationScopes(List.of(settings.staffScope()));
                case MEMBER -> builder.authorizationType("JWT").authorizerId(portalJwt.getAuthorizerId());
                case PUBLIC -> {
                    builder.authorizationType("NONE");
                    // RouteSettings is free-form JSON in CloudFormation: keys spelled as the API expects.
                    routeSettings.put(route.routeKey(), Map.of(
                            "ThrottlingRateLimit", settings.publicRouteThrottle().ratePerSecond(),
                            "ThrottlingBurstLimit", settings.publicRouteThrottle().burst()));
                }
            }
            routes.add(builder.build());
        }

        LogGroup accessLogs = LogGroup.Builder.create(this, "AccessLogs").retention(settings.logRetention()).build();
        CfnStage stage = CfnStage.Builder.create(this, "DefaultStage")
                .apiId(api.getApiId())
                .stageName("$default")
                .autoDeploy(true)
                .defaultRouteSettings(CfnStage.RouteSettingsProperty.builder()
                        .throttlingRateLimit(settings.apiThrottle().ratePerSecond())
                        .throttlingBurstLimit(settings.apiThrottle().burst())
                        .build())
                .routeSettings(routeSettings)
                .accessLogSettings(CfnStage.AccessLogSettingsProperty.builder()
                        .destinationArn(accessLogs.getLogGroupArn())
                        // routeKey, not path: paths carry member ids, which stay out of logs.
                        .format("{\"requestId\":\"$context.requestId\",\"routeKey\":\"$context.routeKey\","
                                + "\"status\":\"$context.status\",\"latencyMs\":\"$context.responseLatency\","
                                + "\"integrationError\":\"$context.integrationErrorMessage\","
                                + "\"authorizerError\":\"$context.authorizer.error\"}")
                        .build())
                .build();
        // API Gateway rejects route settings for routes that do not exist yet.
        routes.forEach(stage::addResourceDependency);

        CfnOutput.Builder.create(this, "ApiUrl").value(api.getApiEndpoint()).build();
    }

    /** The {@code live} alias of a function, by name: a string, not a reference into its stack. */
    static String aliasArn(InfraSettings settings, FunctionSpec function) {
        return "arn:" + Aws.PARTITION + ":lambda:" + Aws.REGION + ":" + Aws.ACCOUNT_ID
                + ":function:" + function.functionName(settings.prefix()) + ":" + QuarkusLambda.ALIAS;
    }

    public HttpApi api() {
        return api;
    }

    public HttpAuthorizer portalJwt() {
        return portalJwt;
    }
}
