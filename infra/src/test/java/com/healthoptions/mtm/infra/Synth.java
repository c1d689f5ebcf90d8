package com.healthoptions.mtm.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.logs.RetentionDays;

/** Builds the app the way MtmApp does, with small stand-in deployables instead of real function.zip files. */
final class Synth {

    static final String ACCOUNT = "111111111111";
    static final String CONNECT_INSTANCE = "arn:aws:connect:us-east-1:222222222222:instance/0a1b2c3d-0000-4000-8000-00000000c0de";
    static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Portal";

    private Synth() {
    }

    static InfraSettings settings(InfraSettings.Flavour flavour, Set<FunctionSpec> snapStart,
            Set<FunctionSpec> functions) {
        Path zip = standInZip();
        return new InfraSettings("mtm", flavour, snapStart, functions, spec -> zip,
                ISSUER, List.of("portal-web", "portal-mobile"), List.of("https://portal.example.org"),
                "mtm/staff", "member_id", CONNECT_INSTANCE, RetentionDays.THREE_MONTHS,
                Optional.of("oncall@example.org"),
                new InfraSettings.Throttle(200, 400), new InfraSettings.Throttle(20, 40));
    }

    static InfraSettings jvm() {
        return settings(InfraSettings.Flavour.JVM, EnumSet.of(FunctionSpec.PIN_VERIFICATION),
                EnumSet.allOf(FunctionSpec.class));
    }

    static MtmStacks stacks(InfraSettings settings) {
        App app = new App();
        StackProps props = StackProps.builder()
                .env(Environment.builder().account(ACCOUNT).region("us-east-1").build()).build();
        return MtmStacks.build(app, props, settings);
    }

    static Template template(software.amazon.awscdk.Stack stack) {
        return Template.fromStack(stack);
    }

    /** A function.zip stand-in: Code.fromAsset needs a real file, not a built Quarkus function. */
    static Path standInZip() {
        try {
            Path dir = Files.createTempDirectory("mtm-infra-test");
            Path zip = dir.resolve("function.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("placeholder.txt"));
                out.write("stand-in for a Quarkus function.zip".getBytes());
                out.closeEntry();
            }
            zip.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every IAM action granted by the policies (and inline role policies) of a template. */
    @SuppressWarnings("unchecked")
    static List<String> grantedActions(Template template) {
        List<String> actions = new ArrayList<>();
        for (Map<String, Object> policy : template.findResources("AWS::IAM::Policy").values()) {
            Map<String, Object> doc = (Map<String, Object>) ((Map<String, Object>) policy.get("Properties")).get("PolicyDocument");
            for (Map<String, Object> statement : (List<Map<String, Object>>) doc.get("Statement")) {
                if (!"Allow".equals(statement.get("Effect"))) {
                    continue;
                }
                Object action = statement.get("Action");
                if (action instanceof List<?> list) {
                    list.forEach(a -> actions.add(String.valueOf(a)));
                } else {
                    actions.add(String.valueOf(action));
                }
            }
        }
        return actions;
    }

    /** The template as JSON text, for "does this stack mention X anywhere" checks. */
    static String json(Template template) {
        return json(template.toJSON());
    }

    /** Any part of a template as JSON text. */
    static String json(Object value) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(value).toString();
    }

    /** Every Allow statement of the template's IAM policies. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statements(Template template) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> policy : template.findResources("AWS::IAM::Policy").values()) {
            Map<String, Object> doc = (Map<String, Object>) ((Map<String, Object>) policy.get("Properties")).get("PolicyDocument");
            for (Map<String, Object> statement : (List<Map<String, Object>>) doc.get("Statement")) {
                if ("Allow".equals(statement.get("Effect"))) {
                    out.add(statement);
                }
            }
        }
        return out;
    }

    /** The environment variables of the template's functions (all of them, CDK's helpers included). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> environment(Template template) {
        Map<String, Object> out = new java.util.TreeMap<>();
        for (Map<String, Object> function : template.findResources("AWS::Lambda::Function").values()) {
            Object env = ((Map<String, Object>) function.get("Properties")).get("Environment");
            if (env instanceof Map<?, ?> e && e.get("Variables") instanceof Map<?, ?> variables) {
                ((Map<String, Object>) variables).forEach(out::put);
            }
        }
        return out;
    }
}
