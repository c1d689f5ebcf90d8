package com.healthoptions.mtm.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Runtime, sizing, environment, logging and alarms of each function stack; the wiring that is theirs. */
class FunctionStacksTest {

    private static MtmStacks stacks;

    @BeforeAll
    static void synth() {
        stacks = Synth.stacks(Synth.jvm());
    }

    private static Template of(FunctionSpec spec) {
        return Synth.template(stacks.functions().get(spec));
    }

    @Test
    void everyFunctionRunsOnJava25WithQuarkusHandlerSizedAsSpecified() {
        for (FunctionSpec spec : stacks.functions().keySet()) {
            of(spec).hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "FunctionName", "mtm-" + spec.id(),
                    "Runtime", "java25",
                    "Handler", "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest",
                    "MemorySize", spec.memoryMb(),
                    "Timeout", spec.timeout().toSeconds(),
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(
                            "JAVA_TOOL_OPTIONS", "--add-opens=java.base/java.lang=ALL-UNNAMED"))))));
        }
    }

    @Test
    void pinFunctionAnswersConnectWithinItsEightSecondsOnAFullVcpu() {
        assertThat(FunctionSpec.PIN_VERIFICATION.timeout().toSeconds().intValue()).isLessThanOrEqualTo(8);
        assertThat(FunctionSpec.PIN_VERIFICATION.memoryMb()).isGreaterThanOrEqualTo(1769);
    }

    @Test
    void httpFunctionsFinishBeforeTheHttpApiGivesUp() {
        for (FunctionSpec spec : HttpRoute.httpFunctions()) {
            assertThat(spec.timeout().toSeconds().intValue()).as(spec.id()).isLessThan(30);
        }
    }

    @Test
    void snapStartOnlyWhereTheContextAsksForIt() {
        of(FunctionSpec.PIN_VERIFICATION).hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"))));
        of(FunctionSpec.ELIGIBILITY).hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "SnapStart", Match.absent())));
    }

    @Test
    void everyFunctionConnectsThroughTheProxyWithTls() {
        // Who it logs in as, and how: DatabaseLoginTest.
        for (FunctionSpec spec : stacks.functions().keySet()) {
            of(spec).hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(
                            "QUARKUS_DATASOURCE_REACTIVE_URL", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                                    Match.arrayWith(List.of("postgresql://", ":5432/mtm")))))),
                            "QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_SSL_MODE", "require",
                            "QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM", "HTTPS"))))));
        }
    }

    @Test
    void functionsRunInTheIsolatedSubnetsAsDatabaseClients() {
        for (FunctionSpec spec : stacks.functions().keySet()) {
            String json = Synth.json(of(spec));
            assertThat(json).as(spec.id()).contains("DatabaseClientsSg").contains("VpcConfig");
        }
        assertThat(Synth.json(of(FunctionSpec.CLAIMS_INTAKE))).contains("S3ClientsSg");
    }

    @Test
    void everyFunctionHasALiveAliasLogRetentionAndThreeAlarms() {
        for (FunctionSpec spec : stacks.functions().keySet()) {
            Template t = of(spec);
            t.hasResourceProperties("AWS::Lambda::Alias", Match.objectLike(Map.of("Name", "live")));
            t.hasResourceProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 90)));
            t.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "LoggingConfig", Match.objectLike(Map.of("LogGroup", Match.anyValue())))));
            // PIN verification adds three alarms on its own metrics (PinVerificationStackTest); claims intake
            // three of its own (failed-events queue, stalled files, failed files); scheduled functions a fourth:
            // runs that failed after their retries; the quarterly TMR a fifth: its invocation chain failed.
            int alarms = spec == FunctionSpec.PIN_VERIFICATION || spec == FunctionSpec.CLAIMS_INTAKE ? 6
                    : spec == FunctionSpec.TMR_SCREENING ? 5
                    : stacks.functions().get(spec) instanceof ScheduledFunctionStack ? 4 : 3;
            t.resourceCountIs("AWS::CloudWatch::Alarm", alarms);
            for (String metric : List.of("Errors", "Throttles", "Duration")) {
                t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                        "MetricName", metric, "AlarmActions", Match.anyValue())));
            }
        }
    }

    @Test
    void durationAlarmFiresBeforeTheTimeoutDoes() {
        of(FunctionSpec.PIN_VERIFICATION).hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "Duration", "ExtendedStatistic", "p99", "Threshold", 6400)));
    }

    @Test
    void apiGatewayMayInvokeEachHttpFunctionOnItsOwnRoutesOnly() {
        Template eligibility = of(FunctionSpec.ELIGIBILITY);
        eligibility.resourceCountIs("AWS::Lambda::Permission", 3);
        eligibility.hasResourceProperties("AWS::Lambda::Permission", Match.objectLike(Map.of(
                "Principal", "apigateway.amazonaws.com",
                "Action", "lambda:InvokeFunction",
                "SourceArn", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(
                        "/*/GET/members/*/eligibility")))))))));
        assertThat(Synth.json(eligibility)).doesNotContain("opt-out").doesNotContain("disposal");
        Template disposal = of(FunctionSpec.DISPOSAL_GUIDANCE);
        disposal.resourceCountIs("AWS::Lambda::Permission", 3);
        assertThat(Synth.json(disposal)).doesNotContain("/members/");
    }

    @Test
    void optOutKnowsWhichClaimsToReadAndWhichOriginsToAllow() {
        of(FunctionSpec.OPT_OUT).hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "MTM_AUTH_MEMBER_ID_CLAIM", "member_id",
                        "MTM_AUTH_STAFF_SCOPE", "mtm/staff",
                        "QUARKUS_HTTP_CORS_ORIGINS", "https://portal.example.org"))))));
    }

    @Test
    void intakeIsNotifiedForEachInputPrefixAndNeverForItsOwnOutputs() {
        Template intake = of(FunctionSpec.CLAIMS_INTAKE);
        intake.resourceCountIs("Custom::S3BucketNotifications", 1);
        String json = Synth.json(intake);
        for (String prefix : ClaimsIntakeStack.INTAKE_PREFIXES) {
            Object filter = Map.of("Key", Map.of("FilterRules", List.of(Map.of("Name", "prefix", "Value", prefix))));
            Object notification = Match.objectLike(Map.of("Events", List.of("s3:ObjectCreated:*"), "Filter", filter));
            intake.hasResourceProperties("Custom::S3BucketNotifications", Match.objectLike(Map.of(
                    "NotificationConfiguration", Map.of(
                            "LambdaFunctionConfigurations", Match.arrayWith(List.of(notification))))));
        }
        for (String output : ClaimsIntakeStack.OUTPUT_PREFIXES) {
            assertThat(json).doesNotContain("\"Value\":\"" + output + "\"");
        }
        intake.hasResourceProperties("AWS::Lambda::Permission", Match.objectLike(Map.of(
                "Principal", "s3.amazonaws.com", "SourceAccount", Synth.ACCOUNT)));
        intake.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "ReservedConcurrentExecutions", 2)));
    }

    @Test
    void intakeMayInvokeOnlyItselfToContinueALongFile() {
        String json = Synth.json(of(FunctionSpec.CLAIMS_INTAKE));
        assertThat(json).contains("lambda:InvokeFunction").contains(":function:mtm-claims-intake:*");
        for (FunctionSpec other : stacks.functions().keySet()) {
            if (stacks.functions().get(other) instanceof ScheduledFunctionStack) {
                // Only the scheduler's role invokes, and only its own alias (ScheduledFunctionsTest).
                assertThat(Synth.json(of(other))).doesNotContain(":function:mtm-claims-intake");
            } else if (other != FunctionSpec.CLAIMS_INTAKE) {
                // No function role may invoke a function (the PIN stack's staff policy is for staff roles, not its own).
                assertThat(Synth.grantedActions(of(other))).as(other.id()).doesNotContain("lambda:InvokeFunction");
                assertThat(Synth.json(of(other))).doesNotContain(":function:mtm-claims-intake");
            }
        }
    }

    @Test
    void connectMayInvokeThePinFunctionFromItsOwnInstanceOnly() {
        Template pin = of(FunctionSpec.PIN_VERIFICATION);
        pin.hasResourceProperties("AWS::Lambda::Permission", Match.objectLike(Map.of(
                "Principal", "connect.amazonaws.com",
                "Action", "lambda:InvokeFunction",
                "SourceAccount", "222222222222",
                "SourceArn", Synth.CONNECT_INSTANCE)));
        pin.hasResourceProperties("AWS::Connect::IntegrationAssociation", Match.objectLike(Map.of(
                "InstanceId", Synth.CONNECT_INSTANCE, "IntegrationType", "LAMBDA_FUNCTION")));
        // The key ring's ARN, never its value (PinVerificationStackTest has the rest).
        pin.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "MTM_PIN_KEY_SECRET_ID", Match.objectLike(Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*PinHmacKey.*")))))))));
    }

    @Test
    void nativeFlavourRunsTheExecutableOnProvidedAl2023() {
        MtmStacks nativeStacks = Synth.stacks(Synth.settings(InfraSettings.Flavour.NATIVE,
                EnumSet.noneOf(FunctionSpec.class), EnumSet.of(FunctionSpec.PIN_VERIFICATION)));
        Template pin = Synth.template(nativeStacks.functions().get(FunctionSpec.PIN_VERIFICATION));
        pin.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Runtime", "provided.al2023",
                "SnapStart", Match.absent(),
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "DISABLE_SIGNAL_HANDLERS", "true", "JAVA_TOOL_OPTIONS", Match.absent()))))));
    }

    @Test
    void snapStartWithTheNativeFlavourIsRefused() {
        assertThatThrownBy(() -> Synth.settings(InfraSettings.Flavour.NATIVE,
                EnumSet.of(FunctionSpec.PIN_VERIFICATION), EnumSet.allOf(FunctionSpec.class)))
                .hasMessageContaining("SnapStart");
    }
}
