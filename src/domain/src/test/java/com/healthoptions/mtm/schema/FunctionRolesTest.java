package com.healthoptions.mtm.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each function's database role may not do, against the migrated test database, connected as that role
 * (the function modules' own tests show that what each function does is allowed). Roles are shared by every
 * database of the server, so nothing here changes a function role.
 */
class FunctionRolesTest {

    static final String ELIGIBILITY = "mtm_eligibility";
    static final String INTAKE = "mtm_claims_intake";
    static final String PIN = "mtm_pin_verification";
    static final String OPT_OUT = "mtm_opt_out";
    static final String DISPOSAL = "mtm_disposal_guidance";
    static final List<String> ROLES = List.of(ELIGIBILITY, INTAKE, PIN, OPT_OUT, DISPOSAL);

    /** Tables no function reads or writes; every other table must be granted to some function. */
    static final Set<String> NO_FUNCTION = Set.of("flyway_schema_history");

    static final String DENIED = "42501";

    @BeforeAll
    static void migrated() {
        PostgresTestDatabase database = new PostgresTestDatabase();
        database.init(Map.of(PostgresTestDatabase.ROLE, ELIGIBILITY));
        database.start();
        admin("insert into plan (plan_id, contract_id, name) values ('ROLE-PLAN', 'H0000', 'Role test plan') "
                + "on conflict do nothing");
        admin("""
                insert into member (member_id, contract_id, plan_id, first_name, last_name, date_of_birth, zip, phone_e164)
                values ('ROLE-M1', 'H0000', 'ROLE-PLAN', 'Test', 'Member', '1950-01-01', '60601', '+13125550100')
                on conflict do nothing""");
    }

    @Test
    void everyFunctionWritesAuditRowsAndNoFunctionReadsChangesOrRemovesOne() throws SQLException {
        for (String role : ROLES) {
            assertThat(run(role, "insert into audit_event (actor, action, outcome) values ('role-test', 'CHECK', 'OK')"))
                    .as(role).isEqualTo("ok");
            assertThat(run(role, "select count(*) from audit_event")).as(role).isEqualTo(DENIED);
            assertThat(run(role, "update audit_event set outcome = 'CHANGED'")).as(role).isEqualTo(DENIED);
            assertThat(run(role, "delete from audit_event")).as(role).isEqualTo(DENIED);
            assertThat(run(role, "truncate audit_event")).as(role).isEqualTo(DENIED);
        }
    }

    @Test
    void theAuditTrailRefusesChangesEvenToItsOwner() throws SQLException {
        admin("insert into audit_event (actor, action, outcome) values ('role-test', 'CHECK', 'OK')");
        long rows = adminCount("select count(*) from audit_event");
        for (String sql : List.of("update audit_event set outcome = 'CHANGED'", "delete from audit_event",
                "truncate audit_event")) {
            assertThat(runAsAdmin(sql)).as(sql).isEqualTo(DENIED);
        }
        assertThat(adminCount("select count(*) from audit_event")).isEqualTo(rows);
        assertThat(adminCount("select count(*) from audit_event where outcome = 'CHANGED'")).isZero();
    }

    @Test
    void disposalGuidanceReadsNoMemberClaimOrEnrollment() throws SQLException {
        for (String table : List.of("member", "pharmacy_claim", "diagnosis", "dmp_status", "mtm_enrollment",
                "eligibility_determination", "pin_challenge", "intake_file", "enrollment_change_request")) {
            assertThat(run(DISPOSAL, "select * from " + table + " limit 1")).as(table).isEqualTo(DENIED);
        }
        assertThat(run(DISPOSAL, "select * from take_back_site limit 1")).isEqualTo("ok");
        assertThat(run(DISPOSAL, "select * from drug limit 1")).isEqualTo("ok");
        assertThat(run(DISPOSAL, "insert into zip_centroid (zip, latitude, longitude) values ('00001', 1, 1)"))
                .isEqualTo(DENIED);
    }

    @Test
    void pinVerificationSeesOnlyTheMemberColumnsAVerificationCompares() throws SQLException {
        assertThat(run(PIN, "select member_id, date_of_birth, zip, phone_e164 from member")).isEqualTo("ok");
        assertThat(run(PIN, "select first_name from member")).isEqualTo(DENIED);
        assertThat(run(PIN, "select last_name from member")).isEqualTo(DENIED);
        assertThat(run(PIN, "select * from member")).isEqualTo(DENIED);
        assertThat(run(PIN, "update member set zip = '99999'")).isEqualTo(DENIED);
        assertThat(run(PIN, "update member set phone_e164 = null")).isEqualTo(DENIED);
        assertThat(run(PIN, "select * from pharmacy_claim limit 1")).isEqualTo(DENIED);
        assertThat(run(PIN, "select * from mtm_enrollment limit 1")).isEqualTo(DENIED);
    }

    @Test
    void onlyIntakeChangesMembersClaimsAndReferenceData() throws SQLException {
        List<String> changes = List.of(
                "update member set zip = zip",
                "insert into pharmacy_claim (claim_id, member_id, fill_date, drug_name, days_supply, quantity, gross_cost)"
                        + " values ('ROLE-C1', 'ROLE-M1', '2025-01-01', 'lisinopril', 30, 30, 1)",
                "update ndc_product set route = route",
                "delete from take_back_site",
                "update plan_criteria set source = source");
        for (String sql : changes) {
            for (String role : List.of(ELIGIBILITY, PIN, OPT_OUT, DISPOSAL)) {
                assertThat(run(role, sql)).as(role + ": " + sql).isEqualTo(DENIED);
            }
        }
        assertThat(run(INTAKE, "update member set zip = zip")).isEqualTo("ok");
        assertThat(run(INTAKE, "delete from take_back_site where site_id = 'none'")).isEqualTo("ok");
        // Plan criteria change only with a migration, whoever runs the code.
        assertThat(run(INTAKE, "update plan_criteria set source = source")).isEqualTo(DENIED);
    }

    @Test
    void storedDecisionsAreWrittenOnlyByIntakeAndNeverChanged() throws SQLException {
        String insert = """
                insert into eligibility_determination (member_id, plan_id, plan_year, as_of, eligible, reason_targeted,
                    chronic_drug_count, chronic_condition_count, projected_annual_cost, dmp_at_risk, inputs_summary,
                    triggered_by)
                values ('ROLE-M1', 'ROLE-PLAN', 2025, '2025-06-30', false, '04', 0, 0, 0, false, '{}', 'role-test')""";
        assertThat(run(INTAKE, insert)).isEqualTo("ok");
        assertThat(run(INTAKE, "update eligibility_determination set eligible = true")).isEqualTo(DENIED);
        assertThat(run(INTAKE, "delete from eligibility_determination")).isEqualTo(DENIED);
        for (String role : List.of(ELIGIBILITY, PIN, OPT_OUT, DISPOSAL)) {
            assertThat(run(role, insert)).as(role).isEqualTo(DENIED);
        }
    }

    @Test
    void onlyIntakeCreatesTablesAndOnlyInItsStagingSchemaWhichNoOtherRoleCanRead() throws SQLException {
        for (String role : ROLES) {
            assertThat(run(role, "create table public.role_test_" + role + " (i int)")).as(role).isEqualTo(DENIED);
        }
        for (String role : List.of(ELIGIBILITY, PIN, OPT_OUT, DISPOSAL)) {
            assertThat(run(role, "create table intake_stage.role_test (i int)")).as(role).isEqualTo(DENIED);
        }
        try (Connection intake = connect(INTAKE); Statement s = intake.createStatement()) {
            s.execute("drop table if exists intake_stage.role_test_stage");
            s.execute("create unlogged table intake_stage.role_test_stage (line bigint, value text)");
        }
        try {
            for (String role : List.of(ELIGIBILITY, PIN, OPT_OUT, DISPOSAL)) {
                assertThat(run(role, "select * from intake_stage.role_test_stage")).as(role).isEqualTo(DENIED);
            }
        } finally {
            try (Connection intake = connect(INTAKE); Statement s = intake.createStatement()) {
                s.execute("drop table intake_stage.role_test_stage");
            }
        }
    }

    @Test
    void functionRolesHoldOnlyRowPrivilegesAndEveryTableIsGrantedOrListedAsNobodys() throws SQLException {
        Map<String, List<String>> grantsByTable = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select t.tablename,
                               coalesce((select string_agg(distinct g.grantee || ':' || g.privilege_type, ',')
                                         from information_schema.role_table_grants g
                                         where g.table_schema = 'public' and g.table_name = t.tablename
                                           and g.grantee like 'mtm\\_%'), '')
                        from pg_tables t where t.schemaname = 'public'""")) {
            while (rs.next()) {
                grantsByTable.put(rs.getString(1), rs.getString(2).isEmpty() ? List.of() : List.of(rs.getString(2).split(",")));
            }
        }
        List<String> ungranted = new ArrayList<>();
        grantsByTable.forEach((table, grants) -> {
            if (grants.isEmpty() && !NO_FUNCTION.contains(table)) {
                ungranted.add(table);
            }
            for (String grant : grants) {
                assertThat(grant.substring(grant.indexOf(':') + 1)).as(table + " " + grant)
                        .isIn("SELECT", "INSERT", "UPDATE", "DELETE");
            }
        });
        assertThat(ungranted).as("tables no function is granted: grant them in afterMigrate__function_roles.sql"
                + " or list them in NO_FUNCTION").isEmpty();
        for (String table : NO_FUNCTION) {
            assertThat(grantsByTable.get(table)).as(table).isEmpty();
        }
    }

    @Test
    void migratingAgainLeavesTheSameRolesAndGrants() throws SQLException {
        String before = grantSnapshot();
        assertThat(SchemaMigration.migrate(PostgresTestDatabase.jdbcUrl(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password())).isZero();
        assertThat(grantSnapshot()).isEqualTo(before).contains("mtm_pin_verification:member.date_of_birth:SELECT");
    }

    @Test
    void aRoleThatIsNotAFunctionsCannotConnect() throws SQLException {
        // Roles are server-wide and other work trees test on the same server: a name of this database's own.
        String database = PostgresTestDatabase.jdbcUrl().replaceAll(".*/([a-z0-9_]+).*", "$1");
        String outsider = "outsider_" + database;
        admin("drop role if exists " + outsider);
        admin("create role " + outsider + " login");
        try {
            assertThat(run(outsider, "select 1")).isEqualTo(DENIED);
            for (String role : ROLES) {
                assertThat(run(role, "select 1")).as(role).isEqualTo("ok");
            }
        } finally {
            admin("drop role " + outsider);
        }
    }

    /** Table and column privileges of the function roles, one per line. */
    private static String grantSnapshot() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select grantee || ':' || table_name || ':' || privilege_type from information_schema.role_table_grants
                        where grantee like 'mtm\\_%'
                        union all
                        select grantee || ':' || table_name || '.' || column_name || ':' || privilege_type
                        from information_schema.column_privileges where grantee like 'mtm\\_%'
                        order by 1""")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        return out.toString();
    }

    private static Connection connect(String role) throws SQLException {
        return DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), role, "");
    }

    /** Runs one statement as the role inside a transaction that is rolled back: "ok" or the SQLSTATE. */
    private static String run(String role, String sql) throws SQLException {
        Connection c;
        try {
            c = connect(role);
        } catch (SQLException e) {
            return e.getSQLState();
        }
        try (c) {
            return runRolledBack(c, sql);
        }
    }

    private static String runAsAdmin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password())) {
            return runRolledBack(c, sql);
        }
    }

    private static String runRolledBack(Connection c, String sql) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            return "ok";
        } catch (SQLException e) {
            return e.getSQLState();
        } finally {
            c.rollback();
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long adminCount(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
