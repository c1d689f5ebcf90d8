package com.healthoptions.mtm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DataStackTest {

    private static Template data;

    @BeforeAll
    static void synth() {
        data = Synth.template(Synth.stacks(Synth.jvm()).data());
    }

    @Test
    void intakeBucketIsPrivateEncryptedVersionedAndTlsOnly() {
        data.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "BucketEncryption", Match.objectLike(Map.of("ServerSideEncryptionConfiguration", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256"))))))),
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "VersioningConfiguration", Map.of("Status", "Enabled"))));
        data.hasResourceProperties("AWS::S3::BucketPolicy", Match.objectLike(Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))),
                        "Version", "2012-10-17"))));
    }

    @Test
    void theLambdaApiIsReachableFromTheIsolatedSubnetsOnlyForIntake() {
        data.hasResourceProperties("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of(
                "VpcEndpointType", "Interface", "PrivateDnsEnabled", true)));
        data.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of(
                "Description", "intake invokes itself", "FromPort", 443, "ToPort", 443)));
        assertThat(Synth.json(data)).contains("com.amazonaws.us-east-1.lambda");
    }

    @Test
    void bucketNotificationsAreNotHereSoTheDataStackNeverReferencesAFunction() {
        assertThat(data.findResources("Custom::S3BucketNotifications")).isEmpty();
        assertThat(data.findResources("AWS::Lambda::Function")).isEmpty();
    }

    @Test
    void auroraServerlessV2PostgresWithEncryptedStorageBehindATlsOnlyProxy() {
        data.hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of(
                "Engine", "aurora-postgresql",
                "StorageEncrypted", true,
                "DeletionProtection", true,
                "DatabaseName", "mtm",
                "ServerlessV2ScalingConfiguration", Map.of("MinCapacity", 0.5, "MaxCapacity", 8))));
        data.hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of("DBInstanceClass", "db.serverless")));
        data.hasResourceProperties("AWS::RDS::DBProxy", Match.objectLike(Map.of(
                "EngineFamily", "POSTGRESQL", "RequireTLS", true)));
        data.resourceCountIs("AWS::RDS::DBProxyTargetGroup", 1);
    }

    @Test
    void hmacKeyIsGeneratedAsBase64SafeCharactersLongEnoughFor32Bytes() {
        data.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "Name", "mtm/pin-hmac-key",
                "GenerateSecretString", Match.objectLike(Map.of(
                        "PasswordLength", 64, "ExcludePunctuation", true, "IncludeSpace", false)))));
        // 64 characters of [A-Za-z0-9] decode as base64 to 48 bytes.
        assertThat(64 / 4 * 3).isGreaterThanOrEqualTo(32);
    }

    @Test
    void theAdminLoginIsGeneratedByAuroraUnderAFixedName() {
        data.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "Name", "mtm/database-admin",
                "GenerateSecretString", Match.objectLike(Map.of(
                        "SecretStringTemplate", "{\"username\":\"mtm_admin\"}")))));
    }

    @Test
    void privateNetworkWithoutNatButWithAnS3Endpoint() {
        data.resourceCountIs("AWS::EC2::NatGateway", 0);
        data.resourceCountIs("AWS::EC2::InternetGateway", 0);
        data.hasResourceProperties("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of(
                "VpcEndpointType", "Gateway",
                "ServiceName", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                        Match.arrayWith(List.of(".s3")))))))));
    }

    @Test
    void alarmTopicMailsTheOnCallAddress() {
        data.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email", "Endpoint", "oncall@example.org",
                "TopicArn", Match.anyValue()));
    }
}
