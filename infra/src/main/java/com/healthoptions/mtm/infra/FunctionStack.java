package com.healthoptions.mtm.infra;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.constructs.Construct;

/**
 * One function and the wiring that belongs to it alone. It depends on the data stack (and, for HTTP
 * functions, on the API's id) but nothing depends on it, so it can be deployed and rolled back alone.
 */
public class FunctionStack extends Stack {

    protected final QuarkusLambda lambda;

    protected FunctionStack(Construct scope, StackProps props, InfraSettings settings, FunctionSpec spec,
            DataStack data, Map<String, String> ownEnvironment, List<ISecurityGroup> extraSecurityGroups) {
        super(scope, spec.stackName(), props);
        Map<String, String> environment = new HashMap<>(DatabaseEnvironment.reactiveThroughProxy(data, spec));
        environment.putAll(ownEnvironment);
        List<ISecurityGroup> securityGroups = new java.util.ArrayList<>(List.of(data.databaseClients()));
        securityGroups.addAll(extraSecurityGroups);
        lambda = new QuarkusLambda(this, "Fn", spec, settings, environment, data.vpc(), securityGroups,
                data.alarmTopic());
        // rds-db:connect at the proxy for this function's own database user, and no other.
        data.proxy().grantConnect(lambda.function(), spec.databaseRole().orElseThrow());
    }

    public QuarkusLambda lambda() {
        return lambda;
    }
}
