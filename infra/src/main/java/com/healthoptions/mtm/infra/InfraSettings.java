package com.healthoptions.mtm.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Node;

/**
 * Everything that differs between deployments, read from CDK context ({@code -c key=value} or
 * {@code cdk.json}); tests build it directly.
 *
 * @param assets where each function's deployable lies (a {@code function.zip} or an unpacked folder)
 */
public record InfraSettings(
        String prefix,
        Flavour flavour,
        Set<FunctionSpec> snapStart,
        Set<FunctionSpec> functions,
        Function<FunctionSpec, Path> assets,
        String portalJwtIssuer,
        List<String> portalJwtAudiences,
        List<String> portalOrigins,
        String staffScope,
        String memberIdClaim,
        String connectInstanceArn,
        RetentionDays logRetention,
        Optional<String> alarmEmail,
        Throttle apiThrottle,
        Throttle publicRouteThrottle) {

    /** JVM jar on the managed java25 runtime, or the native executable on provided.al2023. */
    public enum Flavour { JVM, NATIVE }

    /** Steady requests per second and burst, as API Gateway counts them. */
    public record Throttle(double ratePerSecond, int burst) {
    }

    /**
     * SnapStart when the context says nothing (or {@code default}): the functions a person waits on, where a cold
     * start is felt. A caller on the phone (PIN verification; Amazon Connect gives up after 8 s) and the three HTTP
     * APIs (eligibility for member services, opt-out for the portal, disposal guidance for portal, IVR and mailers).
     * Intake, the work list and the CMS file run unattended (an S3 event, a schedule), where a cold start costs
     * nothing anyone sees and a snapshot per version is only a longer deploy; the migration runs once per deploy.
     */
    public static final Set<FunctionSpec> SNAP_START_DEFAULT = java.util.Collections.unmodifiableSet(EnumSet.of(
            FunctionSpec.PIN_VERIFICATION, FunctionSpec.ELIGIBILITY, FunctionSpec.OPT_OUT, FunctionSpec.DISPOSAL_GUIDANCE));

    public InfraSettings {
        if (flavour == Flavour.NATIVE && !snapStart.isEmpty()) {
            throw new IllegalArgumentException("SnapStart applies to the java runtimes only, not to the native flavour");
        }
    }

    /** The default location: each module's {@code target/function.zip} under {@code repoRoot}. */
    public static Function<FunctionSpec, Path> moduleTargets(Path repoRoot) {
        return spec -> repoRoot.resolve("src/functions").resolve(spec.id()).resolve("target/function.zip");
    }

    public static InfraSettings fromContext(Node node, Path repoRoot) {
        Flavour flavour = Flavour.valueOf(text(node, "flavour").orElse("jvm").toUpperCase());
        Path assetRoot = text(node, "assetRoot").map(Path::of).orElse(null);
        Function<FunctionSpec, Path> assets = spec -> text(node, "asset:" + spec.id()).map(Path::of)
                .orElseGet(() -> assetRoot != null
                        ? assetRoot.resolve(spec.id()).resolve("function.zip")
                        : moduleTargets(repoRoot).apply(spec));
        return new InfraSettings(
                text(node, "prefix").orElse("mtm"),
                flavour,
                // Native executables have no SnapStart: the default applies to the JVM flavour only.
                functionSet(node, "snapStart", flavour == Flavour.JVM ? SNAP_START_DEFAULT : EnumSet.noneOf(FunctionSpec.class)),
                functionSet(node, "functions", EnumSet.allOf(FunctionSpec.class)),
                assets,
                required(node, "portalJwtIssuer"),
                list(required(node, "portalJwtAudience")),
                text(node, "portalOrigins").map(InfraSettings::list).orElse(List.of()),
                text(node, "staffScope").orElse("mtm/staff"),
                text(node, "memberIdClaim").orElse("member_id"),
                required(node, "connectInstanceArn"),
                RetentionDays.valueOf(text(node, "logRetention").orElse("THREE_MONTHS")),
                text(node, "alarmEmail"),
                new Throttle(number(node, "apiRatePerSecond", 200), (int) number(node, "apiBurst", 400)),
                new Throttle(number(node, "publicRatePerSecond", 20), (int) number(node, "publicBurst", 40)));
    }

    /** The asset of a function, refusing early with the command that makes it. */
    public String assetPath(FunctionSpec spec) {
        Path path = assets.apply(spec);
        if (!Files.exists(path)) {
            throw new IllegalStateException("No deployable for " + spec.id() + " at " + path
                    + ": run scripts/package" + (flavour == Flavour.NATIVE ? " --native" : "")
                    + ", or leave it out with -c functions=...");
        }
        return path.toAbsolutePath().toString();
    }

    private static Set<FunctionSpec> functionSet(Node node, String key, Set<FunctionSpec> otherwise) {
        Optional<String> value = text(node, key);
        if (value.isEmpty()) {
            return copy(otherwise);
        }
        return switch (value.get().trim()) {
            case "default" -> copy(otherwise);
            case "all" -> EnumSet.allOf(FunctionSpec.class);
            case "none", "" -> EnumSet.noneOf(FunctionSpec.class);
            default -> list(value.get()).stream().map(FunctionSpec::byId)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(FunctionSpec.class)));
        };
    }

    private static Set<FunctionSpec> copy(Set<FunctionSpec> functions) {
        Set<FunctionSpec> out = EnumSet.noneOf(FunctionSpec.class);
        out.addAll(functions);
        return out;
    }

    private static Optional<String> text(Node node, String key) {
        Object value = node.tryGetContext(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof List<?> items) {
            return Optional.of(items.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (value instanceof Map<?, ?>) {
            throw new IllegalArgumentException("Context " + key + " must be a string or a list");
        }
        return Optional.of(String.valueOf(value));
    }

    private static String required(Node node, String key) {
        return text(node, key).filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                "Set CDK context '" + key + "' (cdk.json, cdk.context.json or -c " + key + "=...); see infra/README.md"));
    }

    private static double number(Node node, String key, double otherwise) {
        return text(node, key).map(Double::parseDouble).orElse(otherwise);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
