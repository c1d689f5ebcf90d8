package com.healthoptions.mtm.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Arn;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.connect.CfnIntegrationAssociation;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.lambda.Permission;
import software.constructs.Construct;

/**
 * PIN issue and verification for Amazon Connect: the only reader of the PIN key ring, and no access to
 * the intake bucket (no S3 permission, no S3 security group).
 *
 * <p>The key ring is read from Secrets Manager when the function starts: the function gets the secret's
 * ARN (never its value) and may call GetSecretValue on that secret alone, through an interface endpoint
 * (the functions' subnets have no route out) whose policy allows nothing else. Staff lift member locks
 * through a second alias, {@code staff}: Connect may invoke only {@code live}, the staff policy only
 * {@code staff}, and the function takes staff operations only through that alias.
 */
public class PinVerificationStack extends FunctionStack {

    /** What PinMetrics in the function writes (Embedded Metric Format); kept in step by hand. */
    public static final String METRICS_NAMESPACE = "MTM/PinVerification";
    public static final String STAFF_ALIAS = "staff";
    /** Failed PIN attempts from everyone in 5 minutes that page someone (the budget itself is 100 an hour). */
    static final int PIN_PATH_FAILURES_ALARM = 25;

    private final Alias staffAlias;
    private final ManagedPolicy lockLifters;

    public PinVerificationStack(Construct scope, StackProps props, InfraSettings settings, DataStack data) {
        super(scope, props, settings, FunctionSpec.PIN_VERIFICATION, data,
                Map.of("MTM_PIN_KEY_SECRET_ID", data.pinHmacKey().getSecretArn()),
                List.of());

        String secretArn = data.pinHmacKey().getSecretArn();
        lambda.function().addToRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(List.of("secretsmanager:GetSecretValue"))
                .resources(List.of(secretArn))
                .conditions(Map.of("StringEquals", Map.of("secretsmanager:VersionStage", "AWSCURRENT")))
                .build());

        // Secrets Manager is reached through the data stack's endpoint, which admits the SecretsClients group
        // and serves only this key and the admin login. FunctionStack builds the function before this stack
        // can add a group: set the function's groups here.
        ((CfnFunction) lambda.function().getNode().getDefaultChild()).addPropertyOverride("VpcConfig.SecurityGroupIds",
                List.of(data.databaseClients().getSecurityGroupId(), data.secretsClients().getSecurityGroupId()));

        String instanceArn = settings.connectInstanceArn();
        ArnComponents instance = Arn.split(instanceArn, ArnFormat.SLASH_RESOURCE_NAME);
        // Scoped to the one Connect instance, so no other account's contact flow can call the function.
        lambda.alias().addPermission("ConnectInvoke", Permission.builder()
                .principal(new ServicePrincipal("connect.amazonaws.com"))
                .action("lambda:InvokeFunction")
                .sourceAccount(instance.getAccount())
                .sourceArn(instanceArn)
                .build());
        // Lists the function in the instance, so contact flows can pick it in the "Invoke AWS Lambda" block.
        CfnIntegrationAssociation.Builder.create(this, "ConnectIntegration")
                .instanceId(instanceArn)
                .integrationType("LAMBDA_FUNCTION")
                .integrationArn(lambda.alias().getFunctionArn())
                .build();

        // Staff operations (lift a member's lock or hold): the same version, its own alias and policy.
        staffAlias = Alias.Builder.create(this, "StaffAlias")
                .aliasName(STAFF_ALIAS)
                .version(lambda.function().getCurrentVersion())
                .build();
        lockLifters = ManagedPolicy.Builder.create(this, "PinLockLifters")
                .managedPolicyName(settings.prefix() + "-pin-lock-lifters")
                .description("Attach to the staff role allowed to lift IVR member locks (audited by the function)")
                .statements(List.of(PolicyStatement.Builder.create()
                        .effect(Effect.ALLOW)
                        .actions(List.of("lambda:InvokeFunction"))
                        .resources(List.of(staffAlias.getFunctionArn()))
                        .build()))
                .build();

        String functionName = FunctionSpec.PIN_VERIFICATION.functionName(settings.prefix());
        metricAlarm(data, functionName, "PinPathFailures", PIN_PATH_FAILURES_ALARM,
                "PIN verification: " + PIN_PATH_FAILURES_ALARM + "+ failed PIN attempts in 5 minutes (guessing?)");
        metricAlarm(data, functionName, "PinPathRefused", 1,
                "PIN verification: the global PIN-path failure budget is spent; callers are refused");
        metricAlarm(data, functionName, "MemberHolds", 1,
                "PIN verification: a member reached 30 failures in a row and is held");
    }

    private void metricAlarm(DataStack data, String functionName, String metric, double threshold, String description) {
        Alarm alarm = Alarm.Builder.create(this, metric + "Alarm")
                .metric(Metric.Builder.create()
                        .namespace(METRICS_NAMESPACE)
                        .metricName(metric)
                        .dimensionsMap(Map.of("Function", functionName))
                        .statistic("Sum")
                        .period(Duration.minutes(5))
                        .build())
                .threshold(threshold)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(description)
                .build();
        alarm.addAlarmAction(new SnsAction(data.alarmTopic()));
    }

    public Alias staffAlias() {
        return staffAlias;
    }

    public ManagedPolicy lockLifters() {
        return lockLifters;
    }
}
