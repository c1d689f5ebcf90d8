package com.healthoptions.mtm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * How functions log in to the database (issue 11, item 16): each as its own database user, through RDS Proxy,
 * with an IAM token instead of a password; no secret in any function's environment; the admin login only for
 * the migration, read at run time.
 */
class DatabaseLoginTest {

    private static MtmStacks stacks;
    private static Template data;

    /** Functions with a database user of their own (all but the migration). */
    private static List<FunctionSpec> databaseFunctions() {
        return Arrays.stream(FunctionSpec.values()).filter(s -> s.databaseRole().isPresent()).toList();
    }

    @BeforeAll
    static void synth() {
        stacks = Synth.stacks(Synth.jvm());
        data = Synth.template(stacks.data());
    }

    @Test
    void theProxyAcceptsOnlyIamLoginsOverTlsAndHoldsNoPassword() {
        data.hasResourceProperties("AWS::RDS::DBProxy", Match.objectLike(Map.of(
                "DefaultAuthScheme", "IAM_AUTH",
                "RequireTLS", true,
                "Auth", Match.absent())));
        data.hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of(
                "EnableIAMDatabaseAuthentication", true)));
    }

    @Test
    void theProxyLogsInToTheClusterAsTheFunctionUsersAndNothingElse() {
        String proxyRole = data.findResources("AWS::IAM::Role").keySet().stream()
                .filter(id -> id.startsWith("ProxyRole")).findFirst().orElseThrow();
        List<String> users = new ArrayList<>();
        for (Map<String, Object> statement : statementsOfRole(data, proxyRole)) {
            assertThat(statement.get("Action")).isEqualTo("rds-db:connect");
            String resource = Synth.json(statement.get("Resource"));
            assertThat(resource).contains(":dbuser:").contains("DBClusterResourceId");
            users.add(resource.substring(resource.lastIndexOf("/mtm_") + 1, resource.lastIndexOf('"')));
        }
        assertThat(users).containsExactlyInAnyOrderElementsOf(
                databaseFunctions().stream().map(s -> s.databaseRole().orElseThrow()).toList());
    }

    @Test
    void eachFunctionMayLogInAtTheProxyAsItsOwnDatabaseUserOnly() {
        for (Map.Entry<FunctionSpec, FunctionStack> entry : stacks.functions().entrySet()) {
            String user = entry.getKey().databaseRole().orElseThrow();
            Template template = Synth.template(entry.getValue());
            List<String> connects = new ArrayList<>();
            for (Map<String, Object> statement : Synth.statements(template)) {
                if (Synth.json(statement.get("Action")).contains("rds-db:")) {
                    connects.add(Synth.json(statement.get("Resource")));
                }
            }
            assertThat(connects).as(entry.getKey().id()).hasSize(1);
            // arn:aws:rds-db:region:account:dbuser:prx-<proxy id>/<user>, the proxy id cut out of the proxy's ARN.
            assertThat(connects.get(0)).as(entry.getKey().id())
                    .contains(":dbuser:").contains("DatabaseProxy").contains("\"/" + user + "\"")
                    .doesNotContain("DBClusterResourceId");
            template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(
                            "QUARKUS_DATASOURCE_USERNAME", user,
                            "QUARKUS_DATASOURCE_CREDENTIALS_PROVIDER", "rds-iam",
                            "QUARKUS_DATASOURCE_CREDENTIALS_PROVIDER_NAME", "rds-iam",
                            "QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_SSL_MODE", "require",
                            "QUARKUS_DATASOURCE_PASSWORD", Match.absent()))))));
        }
    }

    @Test
    void noFunctionEnvironmentHoldsASecretValue() {
        List<Stack> all = new ArrayList<>(stacks.functions().values());
        all.add(stacks.schema().orElseThrow());
        for (Stack stack : all) {
            for (Map.Entry<String, Object> variable : Synth.environment(Synth.template(stack)).entrySet()) {
                assertThat(Synth.json(variable.getValue())).as(stack.getStackName() + " " + variable.getKey())
                        .doesNotContain("{{resolve:").doesNotContain("secretsmanager:");
                assertThat(variable.getKey()).as(stack.getStackName()).doesNotContain("PASSWORD");
            }
        }
    }

    @Test
    void onlyTheMigrationReadsTheAdminLoginAndItReadsItAtRunTime() {
        Template schema = Synth.template(stacks.schema().orElseThrow());
        schema.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "mtm-schema-migration",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "MTM_DB_SECRET_ARN", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*DatabaseSecretAttachment.*")),
                        "MTM_DB_USER", Match.absent(),
                        "MTM_DB_PASSWORD", Match.absent()))))));
        List<Map<String, Object>> secretReads = Synth.statements(schema).stream()
                .filter(s -> Synth.json(s.get("Action")).contains("secretsmanager:")).toList();
        assertThat(secretReads).hasSize(1);
        assertThat(Synth.json(secretReads.get(0).get("Resource"))).contains("DatabaseSecretAttachment");
        for (FunctionStack stack : stacks.functions().values()) {
            assertThat(Synth.json(Synth.template(stack))).as(stack.getStackName())
                    .doesNotContain("DatabaseSecretAttachment").doesNotContain("database-admin");
        }
    }

    @Test
    void everyFunctionUserIsCreatedAndGrantedByTheMigrationsCallback() throws IOException {
        // Tests run in infra/; the callback lives with the migrations in the domain module.
        String callback = Files.readString(Path.of("../src/domain/src/main/resources/db/migration/afterMigrate__function_roles.sql"));
        String roles = callback.substring(callback.indexOf("array["), callback.indexOf("] loop"));
        for (FunctionSpec spec : databaseFunctions()) {
            String user = spec.databaseRole().orElseThrow();
            assertThat(roles).as("role list").contains("'" + user + "'");
            assertThat(callback).as(user + " connect").containsPattern("grant connect on database[^;]*" + user);
            assertThat(callback).as(user + " audit").containsPattern("grant insert on audit_event[^;]*" + user);
        }
        assertThat(FunctionSpec.SCHEMA_MIGRATION.databaseRole()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statementsOfRole(Template template, String roleLogicalId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> policy : template.findResources("AWS::IAM::Policy").values()) {
            Map<String, Object> props = (Map<String, Object>) policy.get("Properties");
            if (Synth.json(props.get("Roles")).contains(roleLogicalId)) {
                out.addAll((List<Map<String, Object>>) ((Map<String, Object>) props.get("PolicyDocument")).get("Statement"));
            }
        }
        return out;
    }
}
