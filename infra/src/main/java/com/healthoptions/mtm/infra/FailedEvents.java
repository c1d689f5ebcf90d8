package com.healthoptions.mtm.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Nothing an event-driven function is given is dropped silently: its asynchronous invocations (S3
 * notifications, schedules, its own continuations) are retried a bounded number of times within a
 * maximum age, and an event whose every attempt failed lands in an encrypted SQS queue, kept 14 days,
 * with an alarm as soon as one is there. Any event-driven function stack can add one (the program's file
 * and scheduler functions as they arrive); {@code scripts/replay-failed-events} sends what the queue holds
 * back to the function.
 *
 * <p>The configuration is on the {@code live} alias, which every trigger invokes. Only the function's role
 * may send to the queue (and use its key to do so); reading it is left to operators.
 */
public class FailedEvents extends Construct {

    /** Lambda's retries of a failed asynchronous invocation (0-2): the function counts repeated failures itself. */
    public static final int RETRY_ATTEMPTS = 2;
    /** Older events are not attempted again; they go to the queue (Lambda allows at most six hours). */
    public static final Duration MAX_EVENT_AGE = Duration.hours(6);
    /** SQS's longest retention: a long weekend plus time to fix the cause and replay. */
    public static final Duration RETENTION = Duration.days(14);

    private final Queue queue;

    public FailedEvents(Construct scope, String id, QuarkusLambda lambda, String queueName, ITopic alarmTopic) {
        super(scope, id);

        Key key = Key.Builder.create(this, "Key")
                .description("Encrypts the failed events of " + queueName + " (they name files and members' uploads)")
                .enableKeyRotation(true)
                .build();
        queue = Queue.Builder.create(this, "Queue")
                .queueName(queueName)
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(key)
                .retentionPeriod(RETENTION)
                .enforceSsl(true)
                .build();

        lambda.alias().configureAsyncInvoke(EventInvokeConfigOptions.builder()
                .retryAttempts(RETRY_ATTEMPTS)
                .maxEventAge(MAX_EVENT_AGE)
                .onFailure(new SqsDestination(queue))
                .build());

        Alarm depth = Alarm.Builder.create(this, "DepthAlarm")
                .metric(queue.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                        .statistic("Maximum").period(Duration.minutes(5)).build()))
                .threshold(1)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(queueName + ": an event failed every attempt; see scripts/replay-failed-events")
                .build();
        depth.addAlarmAction(new SnsAction(alarmTopic));

        CfnOutput.Builder.create(this, "QueueUrl").value(queue.getQueueUrl())
                .description("Failed events of " + queueName).build();
    }

    public Queue queue() {
        return queue;
    }
}
