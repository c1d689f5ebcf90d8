package com.healthoptions.mtm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * Which functions restore from a snapshot when the deployment says nothing, and that what callers invoke is
 * the snapshotted thing: SnapStart serves published versions only, so the {@code live} alias must name one.
 */
class SnapStartTest {

    private static final Set<FunctionSpec> CALLERS_WAIT = EnumSet.of(FunctionSpec.PIN_VERIFICATION,
            FunctionSpec.ELIGIBILITY, FunctionSpec.OPT_OUT, FunctionSpec.DISPOSAL_GUIDANCE);

    private static MtmStacks synthFromContext(Map<String, Object> extra) {
        Path zip = Synth.standInZip();
        Map<String, Object> context = new HashMap<>(Map.of(
                "portalJwtIssuer", Synth.ISSUER,
                "portalJwtAudience", "portal-web",
                "connectInstanceArn", Synth.CONNECT_INSTANCE));
        context.putAll(extra);
        for (FunctionSpec spec : FunctionSpec.values()) {
            context.put("asset:" + spec.id(), zip.toString());
        }
        App app = App.Builder.create().context(context).build();
        InfraSettings settings = InfraSettings.fromContext(app.getNode(), Path.of("/nonexistent"));
        return MtmStacks.build(app, StackProps.builder().build(), settings);
    }

    @Test
    void withoutASettingTheFunctionsCallersWaitOnRestoreFromSnapshotsAndTheUnattendedOnesDoNot() {
        MtmStacks stacks = synthFromContext(Map.of());
        for (Map.Entry<FunctionSpec, FunctionStack> entry : stacks.functions().entrySet()) {
            Template template = Synth.template(entry.getValue());
            Object snapStart = CALLERS_WAIT.contains(entry.getKey())
                    ? Map.of("ApplyOn", "PublishedVersions") : Match.absent();
            template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "FunctionName", "mtm-" + entry.getKey().id(), "SnapStart", snapStart)));
        }
        assertThat(InfraSettings.SNAP_START_DEFAULT).isEqualTo(CALLERS_WAIT);
    }

    @Test
    void everySnapStartFunctionIsCalledThroughAnAliasOnAPublishedVersion() {
        MtmStacks stacks = synthFromContext(Map.of());
        for (FunctionSpec spec : CALLERS_WAIT) {
            Template template = Synth.template(stacks.functions().get(spec));
            Map<String, Map<String, Object>> versions = template.findResources("AWS::Lambda::Version");
            assertThat(versions).as(spec.id() + " publishes a version").hasSize(1);
            String version = versions.keySet().iterator().next();
            template.hasResourceProperties("AWS::Lambda::Alias", Match.objectLike(Map.of(
                    "Name", QuarkusLambda.ALIAS,
                    "FunctionVersion", Map.of("Fn::GetAtt", List.of(version, "Version")))));
        }
    }

    @Test
    void theSettingStillOverridesTheDefaultAndTheNativeFlavourHasNone() {
        MtmStacks none = synthFromContext(Map.of("snapStart", "none"));
        for (FunctionStack stack : none.functions().values()) {
            Synth.template(stack).hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "FunctionName", Match.stringLikeRegexp("mtm-.*"), "SnapStart", Match.absent())));
        }
        MtmStacks explicitDefault = synthFromContext(Map.of("snapStart", "default"));
        Synth.template(explicitDefault.functions().get(FunctionSpec.PIN_VERIFICATION)).hasResourceProperties(
                "AWS::Lambda::Function", Match.objectLike(Map.of("SnapStart", Map.of("ApplyOn", "PublishedVersions"))));

        App app = App.Builder.create().context(Map.of("portalJwtIssuer", Synth.ISSUER, "portalJwtAudience", "portal-web",
                "connectInstanceArn", Synth.CONNECT_INSTANCE, "flavour", "native")).build();
        assertThat(InfraSettings.fromContext(app.getNode(), Path.of("/nonexistent")).snapStart()).isEmpty();
    }
}
