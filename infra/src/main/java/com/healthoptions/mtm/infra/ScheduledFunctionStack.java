package com.healthoptions.mtm.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.TimeZone;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketAttributes;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.scheduler.ContextAttribute;
import software.amazon.awscdk.services.scheduler.CronOptionsWithTimezone;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.LambdaInvoke;
import software.amazon.awscdk.services.scheduler.targets.StepFunctionsStartExecution;
import software.amazon.awscdk.services.stepfunctions.Choice;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.Fail;
import software.amazon.awscdk.services.stepfunctions.RetryProps;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.Succeed;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * A function EventBridge Scheduler runs (the daily work list, the CMS file): its schedule in the plan's time
 * zone, invoking the {@code live} alias with the scheduled time as input; write access to its own output
 * prefix of the intake bucket only (no read, no delete); and, since Scheduler invokes Lambda asynchronously,
 * an async invoke config whose failures (after Lambda's retries) land in the stack's failed-runs queue,
 * which the schedule also uses as its dead-letter queue, with an alarm on it.
 */
public class ScheduledFunctionStack extends FunctionStack {

    /** The business day's zone: the handlers date a run by the scheduled time in this zone too. */
    static final TimeZone PLAN_TIME_ZONE = TimeZone.AMERICA_CHICAGO;

    private final String outputPrefix;
    private final Queue failedRuns;
    private StateMachine chain;

    /** Every day at 05:00 plan time, before the call centre opens. */
    public static ScheduledFunctionStack programWorklist(Construct app, StackProps props, InfraSettings settings,
            DataStack data) {
        return new ScheduledFunctionStack(app, props, settings, data, FunctionSpec.PROGRAM_WORKLIST, "worklists/",
                CronOptionsWithTimezone.builder().minute("0").hour("5").timeZone(PLAN_TIME_ZONE).build(),
                "The day's MTM work list: who is due or overdue for a CMR offer, a TMR or safe-disposal information");
    }

    /**
     * On the 1st of every month at 06:00 plan time: in January and February the file of the year just ended
     * (the submission window), otherwise a year-to-date draft to watch the edits.
     */
    public static ScheduledFunctionStack cmsMtmFile(Construct app, StackProps props, InfraSettings settings,
            DataStack data) {
        return new ScheduledFunctionStack(app, props, settings, data, FunctionSpec.CMS_MTM_FILE, "reports/cms/",
                CronOptionsWithTimezone.builder().minute("0").hour("6").day("1").timeZone(PLAN_TIME_ZONE).build(),
                "The CMS beneficiary-level MTM data file per contract, with its validation report");
    }

    /**
     * On the 1st of January, April, July and October at 07:00 plan time: the quarterly targeted medication review
     * (42 CFR 423.153(d)(1)(vii)(C): at least quarterly), as of that day, with the prescriber letters.
     */
    public static ScheduledFunctionStack tmrScreening(Construct app, StackProps props, InfraSettings settings,
            DataStack data) {
        return new ScheduledFunctionStack(app, props, settings, data, FunctionSpec.TMR_SCREENING, "reports/tmr/",
                CronOptionsWithTimezone.builder().minute("0").hour("7").day("1").month("1,4,7,10")
                        .timeZone(PLAN_TIME_ZONE).build(),
                "The quarterly TMR screening of every MTM enrollee, with a PDF letter per prescriber", true);
    }

    /**
     * Every day at 06:30 plan time: the written summary of each CMR whose items arrived since (CMS: given at the CMR
     * or sent within 14 days), after the night's intake files and before the mail room's day.
     */
    public static ScheduledFunctionStack cmrSummary(Construct app, StackProps props, InfraSettings settings,
            DataStack data) {
        return new ScheduledFunctionStack(app, props, settings, data, FunctionSpec.CMR_SUMMARY, "reports/cmr-summaries/",
                CronOptionsWithTimezone.builder().minute("30").hour("6").timeZone(PLAN_TIME_ZONE).build(),
                "The member's CMR written summary (Form CMS-10396) as a PDF per completed CMR");
    }

    ScheduledFunctionStack(Construct scope, StackProps props, InfraSettings settings, DataStack data, FunctionSpec spec,
            String outputPrefix, CronOptionsWithTimezone when, String description) {
        this(scope, props, settings, data, spec, outputPrefix, when, description, false);
    }

    /**
     * @param chained the run may need more than one invocation (it answers {@code CONTINUING} until done): the
     *     schedule starts a state machine that invokes the function with the same event until it is done, rather
     *     than invoking the function once
     */
    ScheduledFunctionStack(Construct scope, StackProps props, InfraSettings settings, DataStack data, FunctionSpec spec,
            String outputPrefix, CronOptionsWithTimezone when, String description, boolean chained) {
        super(scope, props, settings, spec, data, Map.of("MTM_PROGRAM_BUCKET", data.intakeBucket().getBucketName()),
                List.of(data.s3Clients()));
        this.outputPrefix = outputPrefix;

        IBucket bucket = Bucket.fromBucketAttributes(this, "IntakeBucket", BucketAttributes.builder()
                .bucketName(data.intakeBucket().getBucketName())
                .bucketArn(data.intakeBucket().getBucketArn())
                .build());
        bucket.grantPut(lambda.function(), outputPrefix + "*");

        failedRuns = Queue.Builder.create(this, "FailedRuns")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
        // Lambda retries a failed asynchronous run twice, then hands the event to the queue.
        lambda.alias().configureAsyncInvoke(EventInvokeConfigOptions.builder()
                .retryAttempts(2)
                .maxEventAge(Duration.hours(6))
                .onFailure(new SqsDestination(failedRuns))
                .build());

        Map<String, Object> input = new LinkedHashMap<>();
        input.put("scheduledTime", ContextAttribute.getScheduledTime());
        input.put("scheduleArn", ContextAttribute.getScheduleArn());
        input.put("executionId", ContextAttribute.getExecutionId());
        input.put("attemptNumber", ContextAttribute.getAttemptNumber());
        ScheduleTargetInput scheduled = ScheduleTargetInput.fromObject(input);
        Schedule.Builder.create(this, "Schedule")
                .scheduleName(spec.functionName(settings.prefix()))
                .description(description)
                .schedule(ScheduleExpression.cron(when))
                .target(chained ? startChain(spec, settings, data, scheduled) : LambdaInvoke.Builder.create(lambda.alias())
                        .input(scheduled)
                        .retryAttempts(3)
                        .maxEventAge(Duration.hours(2))
                        .deadLetterQueue(failedRuns)
                        .build())
                .build();

        alarmOnAny("FailedRunsAlarm", failedRuns.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                .statistic("Maximum").period(Duration.minutes(5)).build()),
                spec.id() + ": a scheduled run failed after its retries (see the FailedRuns queue)", data);
    }

    /** An alarm to the stack's topic as soon as the metric counts one in five minutes. */
    private void alarmOnAny(String id, IMetric metric, String description, DataStack data) {
        Alarm.Builder.create(this, id)
                .metric(metric)
                .threshold(1)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(description)
                .build()
                .addAlarmAction(new SnsAction(data.alarmTopic()));
    }

    /**
     * The invocation chain of a run longer than one invocation: invoke the function with the schedule's event;
     * while it answers {@code CONTINUING} invoke it again with the same event (it goes on from the place it
     * stored); succeed on {@code SCREENED} or {@code ALREADY_SCREENED}, fail on anything else. A failed invocation
     * (a database outage, say) is retried with back-off; each invocation's answer carries counts only, so the
     * execution history holds no PHI. A failed execution raises the same alarm as a failed run.
     */
    private StepFunctionsStartExecution startChain(FunctionSpec spec, InfraSettings settings, DataStack data,
            ScheduleTargetInput scheduled) {
        var invoke = software.amazon.awscdk.services.stepfunctions.tasks.LambdaInvoke.Builder.create(this, "Invoke")
                .lambdaFunction(lambda.alias())
                .payloadResponseOnly(true)
                .resultPath("$.leg")
                .build();
        invoke.addRetry(RetryProps.builder()
                .errors(List.of("States.TaskFailed", "States.Timeout"))
                .interval(Duration.minutes(1))
                .backoffRate(2)
                .maxAttempts(3)
                .build());
        Choice done = Choice.Builder.create(this, "RunDone").build()
                .when(Condition.stringEquals("$.leg.status", "CONTINUING"), invoke)
                .when(Condition.or(Condition.stringEquals("$.leg.status", "SCREENED"),
                        Condition.stringEquals("$.leg.status", "ALREADY_SCREENED")),
                        Succeed.Builder.create(this, "Done").build())
                .otherwise(Fail.Builder.create(this, "NotDone")
                        .error("RunNotCompleted").causePath("$.leg.status").build());
        chain = StateMachine.Builder.create(this, "Chain")
                .stateMachineName(spec.functionName(settings.prefix()))
                .definitionBody(DefinitionBody.fromChainable(invoke.next(done)))
                .timeout(Duration.hours(12))
                .build();
        alarmOnAny("FailedChainAlarm",
                chain.metricFailed(MetricOptions.builder().statistic("Sum").period(Duration.minutes(5)).build()),
                spec.id() + ": a run's invocation chain failed (see the state machine's executions)", data);
        return StepFunctionsStartExecution.Builder.create(chain)
                .input(scheduled)
                .retryAttempts(3)
                .maxEventAge(Duration.hours(2))
                .deadLetterQueue(failedRuns)
                .build();
    }

    /** The state machine of a chained run, or null. */
    public StateMachine chain() {
        return chain;
    }

    public String outputPrefix() {
        return outputPrefix;
    }

    public Queue failedRuns() {
        return failedRuns;
    }
}
