package com.healthoptions.mtm.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/** Stack boundaries: one function per stack, nothing depending on a function stack, migration first. */
class DeploymentShapeTest {

    @Test
    void oneStackPerFunctionPlusDataApiAndSchema() {
        MtmStacks stacks = Synth.stacks(Synth.jvm());
        assertThat(stacks.functions().keySet()).containsExactlyInAnyOrder(FunctionSpec.ELIGIBILITY,
                FunctionSpec.CLAIMS_INTAKE, FunctionSpec.PIN_VERIFICATION, FunctionSpec.OPT_OUT,
                FunctionSpec.DISPOSAL_GUIDANCE, FunctionSpec.PROGRAM_WORKLIST, FunctionSpec.CMS_MTM_FILE,
                FunctionSpec.TMR_SCREENING, FunctionSpec.CMR_SUMMARY);
        for (FunctionStack stack : stacks.functions().values()) {
            // Other Lambda functions in a stack are CDK's own helpers (the intake's notification handler).
            assertThat(Synth.template(stack).findResources("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "Properties", Match.objectLike(Map.of("FunctionName", Match.stringLikeRegexp("mtm-.*")))))))
                    .as(stack.getStackName()).hasSize(1);
        }
    }

    @Test
    void noStackDependsOnAFunctionStack() {
        MtmStacks stacks = Synth.stacks(Synth.jvm());
        Set<String> functionStacks = stacks.functions().values().stream().map(Stack::getStackName)
                .collect(Collectors.toSet());
        List<Stack> all = new java.util.ArrayList<>(List.of(stacks.data(), stacks.api(), stacks.schema().orElseThrow()));
        all.addAll(stacks.functions().values());
        CloudAssembly assembly = ((App) stacks.data().getNode().getRoot()).synth();
        for (Stack stack : all) {
            assertThat(dependencies(assembly, stack)).as(stack.getStackName() + " depends on")
                    .doesNotContainAnyElementsOf(functionStacks);
        }
    }

    @Test
    void functionStacksDeployAfterTheSchemaMigration() {
        MtmStacks stacks = Synth.stacks(Synth.jvm());
        CloudAssembly assembly = ((App) stacks.data().getNode().getRoot()).synth();
        for (FunctionStack stack : stacks.functions().values()) {
            assertThat(dependencies(assembly, stack)).as(stack.getStackName()).contains("Mtm-Data", "Mtm-Schema");
        }
        assertThat(dependencies(assembly, stacks.functions().get(FunctionSpec.ELIGIBILITY))).contains("Mtm-Api");
        assertThat(dependencies(assembly, stacks.api())).isEmpty();
    }

    /** Dependencies as cdk deploy orders them: explicit ones and those from cross-stack references. */
    private static List<String> dependencies(CloudAssembly assembly, Stack stack) {
        var artifact = assembly.getManifest().getArtifacts().get(stack.getArtifactId());
        List<String> dependencies = artifact.getDependencies() == null ? List.of() : artifact.getDependencies();
        // The manifest also lists each stack's asset-publishing step; only stacks matter here.
        return dependencies.stream().filter(d -> !d.endsWith(".assets")).toList();
    }

    @Test
    void migrationRunsAsACustomResourceOnEveryNewBuild() {
        MtmStacks stacks = Synth.stacks(Synth.jvm());
        Template schema = Synth.template(stacks.schema().orElseThrow());
        schema.hasResourceProperties("Custom::SchemaMigration", Match.objectLike(Map.of(
                "ServiceToken", Match.anyValue(),
                "MigrationsDigest", Match.stringLikeRegexp("[0-9a-f]{64}"))));
        schema.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "mtm-schema-migration",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "MTM_JDBC_URL", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                                Match.arrayWith(List.of("jdbc:postgresql://", ":5432/mtm?sslmode=require")))))),
                        "MTM_DB_SECRET_ARN", Match.anyValue()))))));
        // The migration talks to the cluster directly, as the one member of its security group.
        assertThat(Synth.json(schema)).contains("MigrationClientsSg").doesNotContain("DatabaseClientsSg");
    }

    @Test
    void aSingleFunctionCanBeSynthesizedWithoutTheOthersBuilt() {
        MtmStacks stacks = Synth.stacks(Synth.settings(InfraSettings.Flavour.JVM, EnumSet.noneOf(FunctionSpec.class),
                EnumSet.of(FunctionSpec.ELIGIBILITY)));
        assertThat(stacks.functions().keySet()).containsExactly(FunctionSpec.ELIGIBILITY);
        assertThat(stacks.schema()).isEmpty();
        Synth.template(stacks.functions().get(FunctionSpec.ELIGIBILITY))
                .resourceCountIs("AWS::Lambda::Function", 1);
    }

    @Test
    void aMissingDeployableNamesTheScriptThatBuildsIt() {
        InfraSettings base = Synth.jvm();
        InfraSettings missing = new InfraSettings(base.prefix(), base.flavour(), base.snapStart(), base.functions(),
                spec -> Path.of("/nonexistent/" + spec.id() + "/function.zip"), base.portalJwtIssuer(),
                base.portalJwtAudiences(), base.portalOrigins(), base.staffScope(), base.memberIdClaim(),
                base.connectInstanceArn(), base.logRetention(), base.alarmEmail(), base.apiThrottle(),
                base.publicRouteThrottle());
        assertThatThrownBy(() -> Synth.stacks(missing)).hasMessageContaining("scripts/package");
    }

    @Test
    void contextDrivesFlavourSnapStartAndAssets() {
        Path zip = Synth.standInZip();
        App app = App.Builder.create().context(Map.of(
                "portalJwtIssuer", Synth.ISSUER,
                "portalJwtAudience", "portal-web",
                "connectInstanceArn", Synth.CONNECT_INSTANCE,
                "snapStart", "eligibility,opt-out",
                "functions", "eligibility,opt-out",
                "asset:eligibility", zip.toString(),
                "asset:opt-out", zip.toString())).build();
        InfraSettings settings = InfraSettings.fromContext(app.getNode(), Path.of("/nonexistent"));
        assertThat(settings.flavour()).isEqualTo(InfraSettings.Flavour.JVM);
        assertThat(settings.snapStart()).containsExactlyInAnyOrder(FunctionSpec.ELIGIBILITY, FunctionSpec.OPT_OUT);
        assertThat(settings.assetPath(FunctionSpec.OPT_OUT)).isEqualTo(zip.toAbsolutePath().toString());
        assertThat(settings.portalOrigins()).isEmpty();

        MtmStacks stacks = MtmStacks.build(app, StackProps.builder().build(), settings);
        Synth.template(stacks.functions().get(FunctionSpec.OPT_OUT)).hasResourceProperties("AWS::Lambda::Function",
                Match.objectLike(Map.of("SnapStart", Map.of("ApplyOn", "PublishedVersions"))));
    }

    @Test
    void missingPortalIssuerIsAnErrorThatSaysWhatToSet() {
        App app = App.Builder.create().context(Map.of("connectInstanceArn", Synth.CONNECT_INSTANCE,
                "portalJwtAudience", "portal-web")).build();
        assertThatThrownBy(() -> InfraSettings.fromContext(app.getNode(), Path.of(".")))
                .hasMessageContaining("portalJwtIssuer");
    }
}
