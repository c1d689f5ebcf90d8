package com.healthoptions.mtm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The access rules of issue 7, read off the synthesized templates. */
class LeastPrivilegeTest {

    private static MtmStacks stacks;
    private static Template intake;
    private static Template pin;

    @BeforeAll
    static void synth() {
        stacks = Synth.stacks(Synth.jvm());
        intake = Synth.template(stacks.functions().get(FunctionSpec.CLAIMS_INTAKE));
        pin = Synth.template(stacks.functions().get(FunctionSpec.PIN_VERIFICATION));
    }

    @Test
    void intakeCannotReachTheHmacKeyInAnyWay() {
        // Neither an environment value, a policy, nor any other reference to the PIN secret.
        assertThat(Synth.json(intake)).doesNotContain("pin-hmac-key").doesNotContain("PinHmacKey");
        assertThat(Synth.grantedActions(intake)).noneMatch(a -> a.startsWith("secretsmanager:"));
    }

    @Test
    void onlyThePinFunctionGetsTheHmacKey() {
        assertThat(Synth.json(pin)).contains("PinHmacKey");
        for (FunctionSpec other : List.of(FunctionSpec.ELIGIBILITY, FunctionSpec.OPT_OUT,
                FunctionSpec.DISPOSAL_GUIDANCE, FunctionSpec.CLAIMS_INTAKE)) {
            assertThat(Synth.json(Synth.template(stacks.functions().get(other))))
                    .as(other.id()).doesNotContain("pin-hmac-key").doesNotContain("PinHmacKey");
        }
        assertThat(Synth.json(Synth.template(stacks.schema().orElseThrow()))).doesNotContain("pin-hmac-key")
                .doesNotContain("PinHmacKey");
    }

    @Test
    void pinFunctionCannotReadTheBucket() {
        assertThat(Synth.grantedActions(pin)).noneMatch(a -> a.startsWith("s3:"));
        assertThat(Synth.json(pin)).doesNotContain("IntakeBucket").doesNotContain("S3ClientsSg");
    }

    @Test
    void onlyIntakeTouchesTheBucket() {
        for (FunctionSpec other : List.of(FunctionSpec.ELIGIBILITY, FunctionSpec.OPT_OUT,
                FunctionSpec.DISPOSAL_GUIDANCE, FunctionSpec.PIN_VERIFICATION)) {
            Template template = Synth.template(stacks.functions().get(other));
            assertThat(Synth.grantedActions(template)).as(other.id()).noneMatch(a -> a.startsWith("s3:"));
        }
    }

    @Test
    void noFunctionRoleReadsSecretsAtRunTimeButThePinFunctionItsKeyRing() {
        // Database secrets arrive as deploy-time dynamic references, so no role needs GetSecretValue; the PIN
        // key ring is read at start-up, by the PIN function alone (PinVerificationStackTest: that secret only).
        assertThat(Synth.grantedActions(pin)).filteredOn(a -> a.startsWith("secretsmanager:"))
                .containsExactly("secretsmanager:GetSecretValue");
        for (FunctionStack stack : stacks.functions().values()) {
            if (stack instanceof PinVerificationStack) {
                continue;
            }
            assertThat(Synth.grantedActions(Synth.template(stack))).as(stack.getStackName())
                    .noneMatch(a -> a.startsWith("secretsmanager:"));
        }
        assertThat(Synth.grantedActions(Synth.template(stacks.schema().orElseThrow())))
                .noneMatch(a -> a.startsWith("secretsmanager:"));
    }

    @Test
    void intakeReadsOnlyItsInputPrefixesAndWritesOnlyItsOutputs() {
        String json = Synth.json(intake);
        for (String prefix : ClaimsIntakeStack.INTAKE_PREFIXES) {
            assertThat(json).contains("/" + prefix + "*");
        }
        intake.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", Match.arrayWith(List.of("s3:PutObject")),
                        "Resource", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                                Match.arrayWith(List.of("/reports/*"))))))))))))));
        assertThat(Synth.grantedActions(intake)).noneMatch(a -> a.equals("s3:DeleteObject*") || a.equals("s3:*"));
    }

    @Test
    void functionsReachThePostgresPortOfTheProxyOnly() {
        Template data = Synth.template(stacks.data());
        data.hasResourceProperties("AWS::EC2::SecurityGroupEgress", Match.objectLike(Map.of(
                "GroupId", Match.objectLike(Map.of("Fn::GetAtt", List.of(logicalId(data, "DatabaseClientsSg"), "GroupId"))),
                "FromPort", 5432, "ToPort", 5432,
                "DestinationSecurityGroupId", Match.objectLike(Map.of(
                        "Fn::GetAtt", List.of(logicalId(data, "DatabaseProxySg"), "GroupId"))))));
        // No security group here opens every port outbound.
        assertThat(openEgress(data)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> openEgress(Template template) {
        List<Object> open = new java.util.ArrayList<>();
        for (Map<String, Object> sg : template.findResources("AWS::EC2::SecurityGroup").values()) {
            Object egress = ((Map<String, Object>) sg.get("Properties")).get("SecurityGroupEgress");
            if (egress instanceof List<?> rules) {
                rules.stream().filter(r -> "-1".equals(String.valueOf(((Map<String, Object>) r).get("IpProtocol"))))
                        .forEach(open::add);
            }
        }
        return open;
    }

    static String logicalId(Template template, String prefix) {
        return template.findResources("AWS::EC2::SecurityGroup").keySet().stream()
                .filter(id -> id.startsWith(prefix)).findFirst().orElseThrow();
    }
}
