package com.healthoptions.mtm.infra;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * One Quarkus function as Lambda runs it: the function in the private subnets, a {@code live} alias
 * that every caller (API, S3, Connect) targets, its log group and its alarms.
 */
public class QuarkusLambda extends Construct {

    /** Quarkus's entry point for every JVM function here, HTTP ones included (quarkus-amazon-lambda-http). */
    public static final String JVM_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    public static final String ALIAS = "live";

    private final Function function;
    private final Alias alias;

    public QuarkusLambda(Construct scope, String id, FunctionSpec spec, InfraSettings settings,
            Map<String, String> environment, IVpc vpc, List<ISecurityGroup> securityGroups, ITopic alarmTopic) {
        super(scope, id);

        LogGroup logGroup = LogGroup.Builder.create(this, "Logs").retention(settings.logRetention()).build();

        boolean jvm = settings.flavour() == InfraSettings.Flavour.JVM;
        Map<String, String> env = new HashMap<>(environment);
        if (jvm) {
            // jboss-threads reflects into java.lang; JDK 25 refuses that unless the module is opened.
            env.put("JAVA_TOOL_OPTIONS", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        } else {
            // Quarkus's native Lambda guide: the provided runtime owns the process signals.
            env.put("DISABLE_SIGNAL_HANDLERS", "true");
        }

        Function.Builder builder = Function.Builder.create(this, "Function")
                .functionName(spec.functionName(settings.prefix()))
                .description(spec.description())
                .runtime(jvm ? Runtime.JAVA_25 : Runtime.PROVIDED_AL2023)
                // The provided runtime ignores the handler; Quarkus's bootstrap knows its entry point.
                .handler(jvm ? JVM_HANDLER : "native.bootstrap")
                .architecture(Architecture.X86_64)
                .code(Code.fromAsset(settings.assetPath(spec)))
                .memorySize(spec.memoryMb())
                .timeout(spec.timeout())
                .environment(env)
                .vpc(vpc)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .securityGroups(securityGroups)
                .logGroup(logGroup);
        if (settings.snapStart().contains(spec)) {
            builder.snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS);
        }
        function = builder.build();
        if (settings.snapStart().contains(spec)) {
            software.amazon.awscdk.Annotations.of(function).acknowledgeWarning(
                    "@aws-cdk/aws-lambda:snapStartRequirePublish", "the live alias below publishes every version");
        }

        // Callers target the alias: SnapStart serves published versions only, and rollback is one alias move.
        alias = Alias.Builder.create(this, "Live")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();

        alarm("Errors", function.metricErrors(sum()), 1, alarmTopic,
                spec.id() + ": an invocation failed");
        alarm("Throttles", function.metricThrottles(sum()), 1, alarmTopic,
                spec.id() + ": invocations were throttled (concurrency limit reached)");
        double nearTimeoutMs = spec.timeout().toMilliseconds().doubleValue() * 0.8;
        alarm("Duration", function.metricDuration(MetricOptions.builder()
                        .statistic("p99").period(Duration.minutes(5)).build()),
                nearTimeoutMs, alarmTopic, spec.id() + ": p99 duration above 80% of the timeout");
    }

    private static MetricOptions sum() {
        return MetricOptions.builder().statistic("Sum").period(Duration.minutes(5)).build();
    }

    private void alarm(String id, software.amazon.awscdk.services.cloudwatch.IMetric metric, double threshold,
            ITopic topic, String description) {
        Alarm alarm = Alarm.Builder.create(this, id + "Alarm")
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(description)
                .build();
        alarm.addAlarmAction(new SnsAction(topic));
    }

    public Function function() {
        return function;
    }

    public Alias alias() {
        return alias;
    }
}
