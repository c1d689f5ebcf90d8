package com.healthoptions.mtm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The PIN function's key ring (issue 11, item 16), its staff alias and its alarms, read off the template. */
class PinVerificationStackTest {

    private static Template pin;
    private static Map<String, Object> keyArnImport;

    @BeforeAll
    static void synth() {
        MtmStacks stacks = Synth.stacks(Synth.jvm());
        pin = Synth.template(stacks.functions().get(FunctionSpec.PIN_VERIFICATION));
        keyArnImport = Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*PinHmacKey.*"));
    }

    @Test
    void theFunctionGetsTheKeyRingsArnAndNeverItsValue() {
        pin.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "MTM_PIN_KEY_SECRET_ID", Match.objectLike(keyArnImport),
                        "MTM_PIN_HMAC_KEY", Match.absent()))))));
        // No dynamic reference to the key anywhere: CloudFormation never resolves its value into the function.
        assertThat(Synth.json(pin)).doesNotContain("resolve:secretsmanager:mtm/pin-hmac-key");
    }

    @Test
    void theRoleMayReadTheCurrentVersionOfThatOneSecretAndNothingElseThere() {
        pin.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", "secretsmanager:GetSecretValue",
                        "Effect", "Allow",
                        "Resource", Match.objectLike(keyArnImport),
                        "Condition", Map.of("StringEquals", Map.of("secretsmanager:VersionStage", "AWSCURRENT"))))))))));
        assertThat(Synth.grantedActions(pin)).filteredOn(a -> a.startsWith("secretsmanager:"))
                .containsExactly("secretsmanager:GetSecretValue");
    }

    @Test
    void theFunctionIsInTheGroupTheSecretsEndpointAdmitsAndTheStackMakesNoEndpointOfItsOwn() {
        // One Secrets Manager endpoint with private DNS per VPC: the data stack's (LeastPrivilegeTest checks its
        // policy and who it admits). A second one here would clash with it.
        pin.resourceCountIs("AWS::EC2::VPCEndpoint", 0);
        pin.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "VpcConfig", Match.objectLike(Map.of("SecurityGroupIds", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*SecretsClients.*"))))))))));
    }

    @Test
    void staffInvokeOnlyTheStaffAliasAndConnectOnlyTheLiveOne() {
        pin.hasResourceProperties("AWS::Lambda::Alias", Match.objectLike(Map.of("Name", "staff")));
        pin.hasResourceProperties("AWS::IAM::ManagedPolicy", Match.objectLike(Map.of(
                "ManagedPolicyName", "mtm-pin-lock-lifters",
                "PolicyDocument", Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Action", "lambda:InvokeFunction",
                        "Resource", Match.objectLike(Map.of("Ref", Match.stringLikeRegexp("StaffAlias.*"))))))))));
        pin.resourceCountIs("AWS::Lambda::Permission", 1);
        pin.hasResourceProperties("AWS::Lambda::Permission", Match.objectLike(Map.of(
                "Principal", "connect.amazonaws.com",
                "FunctionName", Match.objectLike(Map.of("Ref", Match.stringLikeRegexp("FnLive.*"))))));
    }

    @Test
    void theFunctionsOwnMetricsRaiseAlarms() {
        for (String metric : List.of("PinPathFailures", "PinPathRefused", "MemberHolds")) {
            pin.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                    "Namespace", "MTM/PinVerification",
                    "MetricName", metric,
                    "Dimensions", List.of(Map.of("Name", "Function", "Value", "mtm-pin-verification")),
                    "Statistic", "Sum",
                    "AlarmActions", Match.anyValue())));
        }
    }
}
