package com.healthoptions.mtm.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Permission;
import software.constructs.Construct;

/** A function behind the HTTP API: it lets API Gateway invoke it on its own routes and no others. */
public class HttpFunctionStack extends FunctionStack {

    public HttpFunctionStack(Construct scope, StackProps props, InfraSettings settings, FunctionSpec spec,
            DataStack data, ApiStack api, Map<String, String> ownEnvironment) {
        super(scope, props, settings, spec, data, ownEnvironment, List.of());
        for (HttpRoute route : HttpRoute.of(spec)) {
            lambda.alias().addPermission("Api " + route.routeKey(), Permission.builder()
                    .principal(new ServicePrincipal("apigateway.amazonaws.com"))
                    .action("lambda:InvokeFunction")
                    .sourceArn("arn:" + Aws.PARTITION + ":execute-api:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":"
                            + api.api().getApiId() + "/*/" + route.executeApiResource())
                    .build());
        }
    }

    /** Eligibility needs the database only. */
    public static HttpFunctionStack eligibility(Construct scope, StackProps props, InfraSettings settings,
            DataStack data, ApiStack api) {
        return new HttpFunctionStack(scope, props, settings, FunctionSpec.ELIGIBILITY, data, api, Map.of());
    }

    /** Opt-out reads the member id and staff scope from the portal JWT's claims. */
    public static HttpFunctionStack optOut(Construct scope, StackProps props, InfraSettings settings,
            DataStack data, ApiStack api) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "MTM_AUTH_MEMBER_ID_CLAIM", settings.memberIdClaim(),
                "MTM_AUTH_STAFF_SCOPE", settings.staffScope()));
        if (!settings.portalOrigins().isEmpty()) {
            env.put("QUARKUS_HTTP_CORS_ORIGINS", String.join(",", settings.portalOrigins()));
        }
        return new HttpFunctionStack(scope, props, settings, FunctionSpec.OPT_OUT, data, api, env);
    }

    /** Disposal guidance is public; throttling lives on the API stage. */
    public static HttpFunctionStack disposalGuidance(Construct scope, StackProps props, InfraSettings settings,
            DataStack data, ApiStack api) {
        return new HttpFunctionStack(scope, props, settings, FunctionSpec.DISPOSAL_GUIDANCE, data, api, Map.of());
    }
}
