package com.healthoptions.mtm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The access rules of issues 7 and 11 (item 16), read off the synthesized templates. */
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
    void secretsAreReadAtRunTimeOnlyByTheMigrationAndThePinFunctionEachItsOwn() {
        for (FunctionStack stack : stacks.functions().values()) {
            List<String> secretResources = Synth.statements(Synth.template(stack)).stream()
                    .filter(s -> Synth.json(s.get("Action")).contains("secretsmanager:"))
                    .map(s -> Synth.json(s.get("Resource"))).toList();
            if (stack instanceof PinVerificationStack) {
                // The PIN key only (read at init by the PIN work of this item), never the database login.
                assertThat(secretResources).allSatisfy(r -> assertThat(r).containsAnyOf("pin-hmac-key", "PinHmacKey"));
            } else {
                assertThat(secretResources).as(stack.getStackName()).isEmpty();
            }
        }
        assertThat(Synth.statements(Synth.template(stacks.schema().orElseThrow())).stream()
                .filter(s -> Synth.json(s.get("Action")).contains("secretsmanager:"))
                .map(s -> Synth.json(s.get("Resource"))))
                .singleElement().asString().contains("DatabaseSecretAttachment");
    }

    @Test
    void theS3EndpointReachesTheIntakeBucketOnlyAndNeverDeletes() {
        Map<String, Object> statement = endpointStatement("Gateway", "s3");
        assertThat(Synth.json(statement.get("Resource")))
                .isEqualTo("[{\"Fn::GetAtt\":[\"" + intakeBucketId() + "\",\"Arn\"]},"
                        + "{\"Fn::Join\":[\"\",[{\"Fn::GetAtt\":[\"" + intakeBucketId() + "\",\"Arn\"]},\"/*\"]]}]");
        assertThat((List<?>) statement.get("Action")).map(String::valueOf)
                .allMatch(a -> a.startsWith("s3:Get") || a.startsWith("s3:List") || a.equals("s3:PutObject"))
                .contains("s3:GetObject", "s3:PutObject", "s3:ListBucket");
        assertThat(Synth.json(statement.get("Condition"))).contains("aws:PrincipalAccount");
    }

    @Test
    void theLambdaEndpointInvokesNothingButIntakeItself() {
        Map<String, Object> statement = endpointStatement("Interface", "lambda");
        assertThat(statement.get("Action")).isEqualTo("lambda:InvokeFunction");
        assertThat((List<?>) statement.get("Resource")).hasSize(2).allSatisfy(r ->
                assertThat(Synth.json(r)).contains(":function:mtm-claims-intake"));
        assertThat(Synth.json(statement.get("Condition"))).contains("aws:PrincipalAccount");
    }

    @Test
    void theSecretsEndpointServesTheAdminLoginAndThePinKeyOnly() {
        Map<String, Object> statement = endpointStatement("Interface", "secretsmanager");
        assertThat(statement.get("Action")).isEqualTo("secretsmanager:GetSecretValue");
        assertThat(Synth.json(statement.get("Resource"))).contains("DatabaseSecretAttachment").contains("PinHmacKey");
        assertThat((List<?>) statement.get("Resource")).hasSize(2);
        // Reachable from the migration and the secret readers' group only.
        Template data = Synth.template(stacks.data());
        String endpointSg = logicalId(data, "SecretsEndpointSg");
        List<String> sources = new java.util.ArrayList<>();
        data.findResources("AWS::EC2::SecurityGroupIngress").values().forEach(rule -> {
            String json = Synth.json(rule);
            if (json.contains("\"GroupId\":{\"Fn::GetAtt\":[\"" + endpointSg)) {
                sources.add(json.replaceAll(".*SourceSecurityGroupId\":\\{\"Fn::GetAtt\":\\[\"([A-Za-z]+)Sg.*", "$1"));
            }
        });
        assertThat(sources).containsExactlyInAnyOrder("MigrationClients", "SecretsClients");
    }

    @Test
    void theMigrationReachesTheClusterAndTheSecretsEndpointOnly() {
        Template data = Synth.template(stacks.data());
        String migration = logicalId(data, "MigrationClientsSg");
        List<String> targets = new java.util.ArrayList<>();
        data.findResources("AWS::EC2::SecurityGroupEgress").values().forEach(rule -> {
            String json = Synth.json(rule);
            if (json.contains("\"GroupId\":{\"Fn::GetAtt\":[\"" + migration)) {
                targets.add(json.replaceAll(".*DestinationSecurityGroupId\":\\{\"Fn::GetAtt\":\\[\"([A-Za-z]+Sg).*", "$1")
                        + ":" + json.replaceAll(".*\"FromPort\":(\\d+).*", "$1"));
            }
        });
        assertThat(targets).containsExactlyInAnyOrder("DatabaseSg:5432", "SecretsEndpointSg:443");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> endpointStatement(String type, String service) {
        Template data = Synth.template(stacks.data());
        List<Map<String, Object>> found = new java.util.ArrayList<>();
        for (Map<String, Object> endpoint : data.findResources("AWS::EC2::VPCEndpoint").values()) {
            Map<String, Object> props = (Map<String, Object>) endpoint.get("Properties");
            if (type.equals(props.get("VpcEndpointType")) && Synth.json(props.get("ServiceName")).contains("." + service)) {
                Map<String, Object> policy = (Map<String, Object>) props.get("PolicyDocument");
                assertThat(policy).as(service + " endpoint policy").isNotNull();
                found.addAll((List<Map<String, Object>>) policy.get("Statement"));
            }
        }
        assertThat(found).as(service + " endpoint statements").hasSize(1);
        Map<String, Object> statement = found.get(0);
        assertThat(statement.get("Effect")).isEqualTo("Allow");
        return statement;
    }

    private static String intakeBucketId() {
        return Synth.template(stacks.data()).findResources("AWS::S3::Bucket").keySet().stream()
                .filter(id -> id.startsWith("IntakeBucket")).findFirst().orElseThrow();
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
