package com.healthoptions.mtm.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.s3.BucketAttributes;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
import software.constructs.Construct;

/**
 * Claims intake and its bucket notifications.
 *
 * <p>The notifications are configured from here, on the bucket imported by name: were they in the
 * data stack, the data stack would reference this function and this function the data stack (cycle).
 */
public class ClaimsIntakeStack extends FunctionStack {

    /** Prefixes whose new objects the function loads. */
    public static final List<String> INTAKE_PREFIXES = List.of(
            "members/", "pharmacy-claims/", "diagnoses/", "dmp/",
            "outreach-attempts/", "cmr-offers/", "cmrs/", "tmrs/", "safe-disposal-notices/",
            "cmr-summary-items/",
            "reference/ndc/", "reference/take-back-sites/", "reference/zip-centroids/");

    /** Prefixes the function writes; never notified, or each report would trigger the function again. */
    public static final List<String> OUTPUT_PREFIXES = List.of("reports/", "outreach/");

    /**
     * Two files at a time: eight pooled connections at most (four per instance, see the function's
     * application.properties), and S3 retries throttled events for hours.
     */
    static final int RESERVED_CONCURRENCY = 2;

    public ClaimsIntakeStack(Construct scope, StackProps props, InfraSettings settings, DataStack data) {
        super(scope, props, settings, FunctionSpec.CLAIMS_INTAKE, data, Map.of(), List.of(data.s3Clients()));

        ((software.amazon.awscdk.services.lambda.CfnFunction) lambda.function().getNode().getDefaultChild())
                .setReservedConcurrentExecutions(RESERVED_CONCURRENCY);

        IBucket bucket = software.amazon.awscdk.services.s3.Bucket.fromBucketAttributes(this, "IntakeBucket",
                BucketAttributes.builder()
                        .bucketName(data.intakeBucket().getBucketName())
                        .bucketArn(data.intakeBucket().getBucketArn())
                        .build());

        LambdaDestination target = new LambdaDestination(lambda.alias());
        for (String prefix : INTAKE_PREFIXES) {
            bucket.addEventNotification(EventType.OBJECT_CREATED, target,
                    NotificationKeyFilter.builder().prefix(prefix).build());
            bucket.grantRead(lambda.function(), prefix + "*");
        }
        for (String prefix : OUTPUT_PREFIXES) {
            bucket.grantPut(lambda.function(), prefix + "*");
        }

        // A file too big for one invocation continues in a new one: the function invokes itself
        // asynchronously (its own alias). The ARN is built from the name: referring to the function
        // object from its own role's policy would make the template circular.
        String self = software.amazon.awscdk.Stack.of(this).formatArn(software.amazon.awscdk.ArnComponents.builder()
                .service("lambda").resource("function")
                .arnFormat(software.amazon.awscdk.ArnFormat.COLON_RESOURCE_NAME)
                .resourceName(FunctionSpec.CLAIMS_INTAKE.functionName(settings.prefix()) + ":*").build());
        lambda.function().addToRolePolicy(software.amazon.awscdk.services.iam.PolicyStatement.Builder.create()
                .actions(List.of("lambda:InvokeFunction"))
                .resources(List.of(self))
                .build());

        // Issue 18: bounded retries, then the failed-events queue (replayable), never a silent drop.
        failedEvents = new FailedEvents(this, "FailedEvents", lambda, failedEventsQueueName(settings), data.alarmTopic());

        // The sweep: every 15 minutes the function counts files that stopped moving (FilesStalled).
        Rule.Builder.create(this, "StalledFilesSweep")
                .description("Asks claims intake to count files that have stopped moving")
                .schedule(Schedule.rate(SWEEP_EVERY))
                .targets(List.of(LambdaFunction.Builder.create(lambda.alias()).retryAttempts(0).build()))
                .build();
        alarm("StalledFilesAlarm", metric(STALLED_METRIC, "Maximum"), data.alarmTopic(),
                // Missing data means the sweep itself stopped: that is an alarm too.
                TreatMissingData.BREACHING,
                "claims-intake: files left unfinished for more than 30 minutes (or the sweep stopped reporting)");
        alarm("FailedFilesAlarm", metric(FAILED_METRIC, "Sum"), data.alarmTopic(), TreatMissingData.NOT_BREACHING,
                "claims-intake: a file ended FAILED after repeated failures; its report names the step and error");
    }

    /** How often the sweep runs; the function's {@code mtm.intake.stalled-after} (30 min) says what is stalled. */
    static final Duration SWEEP_EVERY = Duration.minutes(15);
    /** Embedded-metric names the function logs (namespace and dimension as in its IntakeMetrics). */
    static final String METRIC_NAMESPACE = "MTM/ClaimsIntake";
    static final String STALLED_METRIC = "FilesStalled";
    static final String FAILED_METRIC = "FilesFailed";

    private final FailedEvents failedEvents;

    public static String failedEventsQueueName(InfraSettings settings) {
        return FunctionSpec.CLAIMS_INTAKE.functionName(settings.prefix()) + "-failed-events";
    }

    public FailedEvents failedEvents() {
        return failedEvents;
    }

    private static Metric metric(String name, String statistic) {
        return Metric.Builder.create().namespace(METRIC_NAMESPACE).metricName(name)
                .dimensionsMap(Map.of("Function", "claims-intake")).statistic(statistic)
                .period(SWEEP_EVERY.plus(Duration.minutes(5))).build();
    }

    private void alarm(String id, Metric metric, ITopic topic, TreatMissingData missing, String description) {
        Alarm.Builder.create(this, id).metric(metric).threshold(1).evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(missing).alarmDescription(description).build()
                .addAlarmAction(new SnsAction(topic));
    }
}
