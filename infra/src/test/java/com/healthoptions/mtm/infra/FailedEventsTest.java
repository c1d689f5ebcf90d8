package com.healthoptions.mtm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Issue 18 / issue 11 item 12: the intake's failed events are kept, encrypted, alarmed and replayable; stalled files alarm. */
class FailedEventsTest {

    private static Template intake;

    @BeforeAll
    static void synth() {
        intake = Synth.template(Synth.stacks(Synth.jvm()).functions().get(FunctionSpec.CLAIMS_INTAKE));
    }

    @Test
    void asynchronousInvocationsOfTheLiveAliasAreRetriedTwiceWithinSixHoursThenSentToTheQueue() {
        Capture queue = new Capture();
        intake.hasResourceProperties("AWS::Lambda::EventInvokeConfig", Match.objectLike(Map.of(
                // The live alias's qualifier, taken from its ARN (arn:aws:lambda:region:account:function:name:live).
                "Qualifier", Map.of("Fn::Select", Match.arrayWith(List.of(7))),
                "MaximumRetryAttempts", 2,
                "MaximumEventAgeInSeconds", 21600,
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", Map.of("Fn::GetAtt", queue))))));
        assertThat(((List<?>) queue.asArray()).get(1)).isEqualTo("Arn");
        assertThat(intake.findResources("AWS::SQS::Queue")).containsKey(String.valueOf(((List<?>) queue.asArray()).get(0)));
        intake.resourceCountIs("AWS::Lambda::EventInvokeConfig", 1);
    }

    @Test
    void theQueueIsEncryptedWithARotatedKeyKeptFourteenDaysAndRefusesPlainTransport() {
        intake.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                "QueueName", "mtm-claims-intake-failed-events",
                "MessageRetentionPeriod", 1209600,
                "KmsMasterKeyId", Match.objectLike(Map.of("Fn::GetAtt", Match.arrayWith(List.of("Arn")))))));
        intake.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("EnableKeyRotation", true)));
        intake.hasResourceProperties("AWS::SQS::QueuePolicy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))));
    }

    @Test
    void theFunctionMaySendToTheQueueButNeverReadPurgeOrDeleteIt() {
        List<String> actions = Synth.grantedActions(intake);
        assertThat(actions).contains("sqs:SendMessage");
        assertThat(actions).noneMatch(a -> a.equals("sqs:ReceiveMessage") || a.equals("sqs:DeleteMessage")
                || a.equals("sqs:PurgeQueue") || a.equals("sqs:*") || a.equals("kms:*"));
        // The send statement names this queue only.
        intake.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", Match.arrayWith(List.of("sqs:SendMessage")),
                        "Resource", Map.of("Fn::GetAtt", Match.arrayWith(List.of("Arn"))))))))))));
    }

    @Test
    void alarmsFireOnAQueuedEventOnFunctionErrorsOnStalledAndOnFailedFiles() {
        intake.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "ApproximateNumberOfMessagesVisible", "Namespace", "AWS/SQS", "Threshold", 1,
                "AlarmActions", Match.anyValue())));
        intake.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "Errors", "Namespace", "AWS/Lambda", "AlarmActions", Match.anyValue())));
        intake.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "FilesStalled", "Namespace", "MTM/ClaimsIntake",
                "Dimensions", List.of(Map.of("Name", "Function", "Value", "claims-intake")),
                "Threshold", 1, "TreatMissingData", "breaching", "AlarmActions", Match.anyValue())));
        intake.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "FilesFailed", "Namespace", "MTM/ClaimsIntake", "Statistic", "Sum",
                "TreatMissingData", "notBreaching", "AlarmActions", Match.anyValue())));
    }

    @Test
    void aScheduleAsksTheFunctionEveryFifteenMinutesToCountStalledFiles() {
        intake.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "ScheduleExpression", "rate(15 minutes)",
                "State", "ENABLED",
                "Targets", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Arn", Match.objectLike(Map.of("Ref", Match.stringLikeRegexp("FnLive.*"))))))))));
        intake.hasResourceProperties("AWS::Lambda::Permission", Match.objectLike(Map.of(
                "Principal", "events.amazonaws.com", "Action", "lambda:InvokeFunction")));
    }
}
