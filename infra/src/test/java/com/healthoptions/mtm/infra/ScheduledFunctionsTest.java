package com.healthoptions.mtm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The work list and CMS file stacks: their schedules, failure handling and what they may touch. */
class ScheduledFunctionsTest {

    private static MtmStacks stacks;
    private static final List<FunctionSpec> SCHEDULED = List.of(FunctionSpec.PROGRAM_WORKLIST, FunctionSpec.CMS_MTM_FILE,
            FunctionSpec.TMR_SCREENING, FunctionSpec.CMR_SUMMARY);

    @BeforeAll
    static void synth() {
        stacks = Synth.stacks(Synth.jvm());
    }

    private static Template of(FunctionSpec spec) {
        return Synth.template(stacks.functions().get(spec));
    }

    @Test
    void eachRunsOnItsScheduleInThePlansTimeZoneWithTheScheduledTimeAsInput() {
        of(FunctionSpec.PROGRAM_WORKLIST).hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "Name", "mtm-program-worklist",
                "ScheduleExpression", "cron(0 5 * * ? *)",
                "ScheduleExpressionTimezone", "America/Chicago",
                "FlexibleTimeWindow", Map.of("Mode", "OFF"))));
        of(FunctionSpec.CMS_MTM_FILE).hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(0 6 1 * ? *)",
                "ScheduleExpressionTimezone", "America/Chicago")));
        // The quarterly TMR: the first day of each calendar quarter.
        of(FunctionSpec.TMR_SCREENING).hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(0 7 1 1,4,7,10 ? *)",
                "ScheduleExpressionTimezone", "America/Chicago")));
        // The CMR summaries: daily, after the night's intake files.
        of(FunctionSpec.CMR_SUMMARY).hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(30 6 * * ? *)",
                "ScheduleExpressionTimezone", "America/Chicago")));
        for (FunctionSpec spec : SCHEDULED) {
            String json = Synth.json(of(spec));
            assertThat(json).as(spec.id()).contains("<aws.scheduler.scheduled-time>").contains("<aws.scheduler.execution-id>");
            // The quarter may span invocations: its schedule starts the invocation chain, the others the function.
            String target = spec == FunctionSpec.TMR_SCREENING ? "Chain.*" : "FnLive.*";
            of(spec).hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                    "Target", Match.objectLike(Map.of(
                            "Arn", Match.objectLike(Map.of("Ref", Match.stringLikeRegexp(target))),
                            "RetryPolicy", Map.of("MaximumEventAgeInSeconds", 7200, "MaximumRetryAttempts", 3),
                            "DeadLetterConfig", Match.objectLike(Map.of("Arn", Match.anyValue())))))));
        }
    }

    @Test
    void aRunThatFailsAfterItsRetriesLandsInTheFailedRunsQueueAndRaisesAnAlarm() {
        for (FunctionSpec spec : SCHEDULED) {
            Template t = of(spec);
            t.hasResourceProperties("AWS::Lambda::EventInvokeConfig", Match.objectLike(Map.of(
                    "Qualifier", Match.anyValue(),
                    "MaximumRetryAttempts", 2,
                    "DestinationConfig", Map.of("OnFailure", Map.of("Destination",
                            Match.objectLike(Map.of("Fn::GetAtt", Match.arrayWith(List.of(Match.stringLikeRegexp("FailedRuns.*"))))))))));
            t.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of("SqsManagedSseEnabled", true,
                    "MessageRetentionPeriod", 1209600)));
            t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                    "MetricName", "ApproximateNumberOfMessagesVisible", "Threshold", 1)));
        }
    }

    @Test
    void eachMayOnlyPutObjectsUnderItsOwnPrefixAndTheSchedulerOnlyInvokeIt() {
        Map<FunctionSpec, String> prefixes = Map.of(FunctionSpec.PROGRAM_WORKLIST, "/worklists/*",
                FunctionSpec.CMS_MTM_FILE, "/reports/cms/*", FunctionSpec.TMR_SCREENING, "/reports/tmr/*",
                FunctionSpec.CMR_SUMMARY, "/reports/cmr-summaries/*");
        for (FunctionSpec spec : SCHEDULED) {
            Template t = of(spec);
            List<String> s3 = Synth.grantedActions(t).stream().filter(a -> a.startsWith("s3:")).toList();
            assertThat(s3).as(spec.id()).isNotEmpty().allMatch(a -> a.startsWith("s3:PutObject") || a.equals("s3:Abort*"));
            String json = Synth.json(t);
            assertThat(json).contains(prefixes.get(spec)).doesNotContain("/reports/*\"").doesNotContain("/members/*");
            assertThat(Synth.grantedActions(t)).noneMatch(a -> a.startsWith("secretsmanager:") || a.equals("s3:*")
                    || a.startsWith("s3:Get") || a.startsWith("s3:Delete"));
            // The scheduler's role (or the chain's) may invoke this function's alias and nothing else.
            Map<String, Object> invokeOwnAlias = Map.of("Action", "lambda:InvokeFunction",
                    "Resource", Match.objectLike(Map.of("Ref", Match.stringLikeRegexp("FnLive.*"))));
            t.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument", Map.of("Statement",
                    Match.arrayWith(List.of(Match.objectLike(invokeOwnAlias)))))));
            assertThat(Synth.json(t)).doesNotContain("\"Action\":\"lambda:InvokeFunction\",\"Effect\":\"Allow\",\"Resource\":\"*\"");
            t.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of("Environment", Map.of("Variables",
                    Match.objectLike(Map.of("MTM_PROGRAM_BUCKET", Match.anyValue()))))));
        }
    }

    @Test
    void theQuartersChainInvokesTheFunctionAgainWithTheSameEventWhileItAnswersContinuing() {
        Template t = of(FunctionSpec.TMR_SCREENING);
        t.resourceCountIs("AWS::StepFunctions::StateMachine", 1);
        String definition = Synth.json(t);
        // The task keeps the event and puts the answer beside it, so the loop sends the schedule's event again.
        assertThat(definition).contains("\\\"ResultPath\\\":\\\"$.leg\\\"")
                .contains("\\\"Variable\\\":\\\"$.leg.status\\\",\\\"StringEquals\\\":\\\"CONTINUING\\\"")
                .contains("\\\"StringEquals\\\":\\\"SCREENED\\\"")
                .contains("\\\"Error\\\":\\\"RunNotCompleted\\\"");
        t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of("MetricName", "ExecutionsFailed")));
        // The scheduler may start this chain only.
        t.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(List.of(Match.objectLike(Map.of("Action", "states:StartExecution",
                        "Resource", Match.objectLike(Map.of("Ref", Match.stringLikeRegexp("Chain.*")))))))))));
        for (FunctionSpec spec : List.of(FunctionSpec.PROGRAM_WORKLIST, FunctionSpec.CMS_MTM_FILE)) {
            of(spec).resourceCountIs("AWS::StepFunctions::StateMachine", 0);
        }
    }

    @Test
    void intakeIsNotifiedOfTheProgramRecordFilesButNotOfTheScheduledFunctionsOutputs() {
        assertThat(ClaimsIntakeStack.INTAKE_PREFIXES).contains("outreach-attempts/", "cmr-offers/", "cmrs/", "tmrs/",
                "safe-disposal-notices/", "cmr-summary-items/").doesNotContain("worklists/", "reports/cms/",
                "reports/cmr-summaries/");
    }
}
