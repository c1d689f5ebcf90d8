package com.healthoptions.mtm.infra;

import java.nio.file.Path;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/** The CDK app that {@code cdk.json} runs: {@code cdk synth}, {@code cdk deploy Mtm-Eligibility -e}, .... */
public final class MtmApp {

    private MtmApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        // cdk runs this from infra/, so the repository is one level up unless told otherwise.
        Object repoRootContext = app.getNode().tryGetContext("repoRoot");
        Path repoRoot = Path.of(repoRootContext != null ? repoRootContext.toString() : "..").toAbsolutePath().normalize();
        InfraSettings settings = InfraSettings.fromContext(app.getNode(), repoRoot);

        StackProps props = StackProps.builder()
                .env(Environment.builder()
                        .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                        .region(System.getenv("CDK_DEFAULT_REGION"))
                        .build())
                .build();
        MtmStacks.build(app, props, settings);
        Tags.of(app).add("project", "mtm-member-services");
        app.synth();
    }
}
