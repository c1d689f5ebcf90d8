package com.healthoptions.mtm.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.customresources.Provider;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * Schema migration as a deploy step: a custom resource whose onEvent is the schema-migration
 * function. Function stacks deploy after it, and no function migrates at cold start.
 */
public class SchemaStack extends Stack {

    private final QuarkusLambda migration;
    private final CustomResource schema;

    public SchemaStack(Construct scope, String id, StackProps props, InfraSettings settings, DataStack data) {
        super(scope, id, props);

        migration = new QuarkusLambda(this, "Migration", FunctionSpec.SCHEMA_MIGRATION, settings,
                DatabaseEnvironment.jdbcToWriter(data), data.vpc(), List.of(data.migrationClients()),
                data.alarmTopic());
        // The one role allowed the admin login, read when the migration runs (never an environment value).
        data.databaseSecret().grantRead(migration.function());

        Provider provider = Provider.Builder.create(this, "MigrationProvider")
                .onEventHandler(migration.alias())
                .logGroup(LogGroup.Builder.create(this, "ProviderLogs").retention(settings.logRetention()).build())
                .build();

        schema = CustomResource.Builder.create(this, "Schema")
                .serviceToken(provider.getServiceToken())
                .resourceType("Custom::SchemaMigration")
                // A new build of the migrations changes the digest, and so sends Update (migrate) again.
                .properties(Map.of("MigrationsDigest", digest(Path.of(settings.assetPath(FunctionSpec.SCHEMA_MIGRATION)))))
                .build();
    }

    public CustomResource schema() {
        return schema;
    }

    public QuarkusLambda migration() {
        return migration;
    }

    /** SHA-256 over the deployable (a zip, or every file of an unpacked folder in name order). */
    static String digest(Path asset) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            if (Files.isDirectory(asset)) {
                try (Stream<Path> walk = Files.walk(asset)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(asset);
            }
            for (Path file : files) {
                sha.update(asset.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
