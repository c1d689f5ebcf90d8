package com.healthoptions.mtm.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.healthoptions.mtm.eligibility.ClinicalFactsQueries;
import com.healthoptions.mtm.eligibility.UnknownMemberException;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import com.healthoptions.mtm.reference.ReferenceCatalogStore;
import com.healthoptions.mtm.testing.OwnerPool;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.vertx.mutiny.sqlclient.Pool;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screening service against the real PostgreSQL (migrated test database): stored claims and diagnoses in,
 * TMRs with their findings and evidence out, enrolled members only, in batches, a re-run of the day replacing
 * its findings.
 */
class TmrScreeningServiceTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final String NPI_A = "1234567893";
    static final String NPI_B = "1245319599";
    static final Duration WAIT = Duration.ofSeconds(60);

    static OwnerPool database;
    static Pool pool;
    static TmrScreeningService service;

    @BeforeAll
    static void database() {
        // The owner: the screening tables are granted to no function until the TMR function exists.
        database = OwnerPool.onFreshDatabase("mtm_eligibility");
        pool = database.pool();
        service = new TmrScreeningService(pool, new ClinicalFactsQueries(pool), new ReferenceCatalogStore(pool));
        try (var db = TestData.open()) {
            // S1: two statins from two prescribers all spring, and an NSAID with heart failure.
            db.member("S1", TestData.SEED_PLAN, LocalDate.of(1958, 3, 1), "60601", "+13125550101")
                    .enrolled("S1", 2026, LocalDate.of(2026, 1, 15), "01")
                    .diagnosis("S1", "I509", LocalDate.of(2026, 2, 10));
            for (int i = 0; i < 6; i++) {
                fill(db, "S1-A" + i, "S1", LocalDate.of(2026, 1, 5).plusDays(30L * i), "ATORVASTATIN 20 MG TAB", 30, NPI_A);
            }
            for (int i = 0; i < 5; i++) {
                fill(db, "S1-R" + i, "S1", LocalDate.of(2026, 2, 1).plusDays(30L * i), "ROSUVASTATIN 10 MG TAB", 30, NPI_B);
            }
            fill(db, "S1-N1", "S1", LocalDate.of(2026, 3, 1), "IBUPROFEN 800 MG TAB", 30, null);
            // S2: metformin twice with a gap, no statin: SUPD and PDC-DR.
            db.member("S2", TestData.SEED_PLAN, LocalDate.of(1960, 1, 1), "60601", "+13125550102")
                    .enrolled("S2", 2026, LocalDate.of(2026, 2, 1), "01");
            fill(db, "S2-M1", "S2", LocalDate.of(2026, 1, 10), "METFORMIN 500 MG TAB", 30, NPI_A);
            fill(db, "S2-M2", "S2", LocalDate.of(2026, 4, 15), "METFORMIN 500 MG TAB", 30, NPI_A);
            // S3 opted out, S4 never enrolled: the same problem as S2, never stored by the run.
            db.member("S3", TestData.SEED_PLAN, LocalDate.of(1960, 1, 1), "60601", "+13125550103")
                    .enrolled("S3", 2026, LocalDate.of(2026, 1, 15), "01")
                    .update("update mtm_enrollment set opt_out_date = '2026-05-01', opt_out_reason = '03' where member_id = 'S3'");
            db.member("S4", TestData.SEED_PLAN, LocalDate.of(1960, 1, 1), "60601", "+13125550104");
            for (String m : List.of("S3", "S4")) {
                fill(db, m + "-M1", m, LocalDate.of(2026, 1, 10), "METFORMIN 500 MG TAB", 30, NPI_A);
                fill(db, m + "-M2", m, LocalDate.of(2026, 4, 15), "METFORMIN 500 MG TAB", 30, NPI_A);
            }
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static void fill(TestData db, String claimId, String memberId, LocalDate date, String drug, int days, String npi) {
        db.update("""
                insert into pharmacy_claim (claim_id, member_id, fill_date, drug_name, days_supply, quantity, gross_cost,
                                            prescriber_npi)
                values (?, ?, ?, ?, ?, 30, 10, ?)""", claimId, memberId, date, drug, days, npi);
    }

    static List<String> strings(String sql) {
        List<String> out = new ArrayList<>();
        try (var c = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password()); var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Test
    void theRunScreensEveryEnrolledMemberInBatchesAndStoresEachTmrWithItsFindingsOnce() {
        for (int pass = 0; pass < 2; pass++) { // the second run of the day replaces the first's findings
            var run = service.screenEnrolled(AS_OF, 1).await().atMost(WAIT);
            assertThat(run.membersScreened()).as("S1 and S2; S3 opted out, S4 never enrolled").isEqualTo(2);
            assertThat(run.batches()).isEqualTo(2);
            assertThat(run.findings()).isEqualTo(4);
        }
        assertThat(strings("select member_id || ' ' || tmr_date || ' ' || recommendations_sent from tmr"
                + " where source = 'SCREENING' and member_id <> 'S4' order by member_id"))
                .as("screened, no letter yet: no recommendation sent to a prescriber")
                .containsExactly("S1 2026-06-30 0", "S2 2026-06-30 0");
        assertThat(strings("select f.rule_id || ' ' || f.severity || ' ' || f.start_date || ' ' || f.end_date"
                + " || ' ' || coalesce(f.value::text, '-') from tmr_finding f join tmr t on t.id = f.tmr_id"
                + " where t.member_id = 'S1' order by f.ordinal")).containsExactly(
                "DUPLICATE-THERAPY MODERATE 2026-02-01 2026-06-30 150.0",
                "DDI-NSAID-HF HIGH 2026-03-01 2026-03-30 -");
        assertThat(strings("select f.rule_id || ' ' || coalesce(f.value::text, '-') from tmr_finding f"
                + " join tmr t on t.id = f.tmr_id where t.member_id = 'S2' order by f.ordinal"))
                .containsExactly("PQA-SUPD -", "PQA-PDC-DR 34.8");
        assertThat(strings("select count(*) from tmr_finding_fill ff join tmr_finding f on f.id = ff.finding_id"
                + " where f.rule_id = 'DUPLICATE-THERAPY'")).containsExactly("11");
        assertThat(strings("select d.icd10_code || ' ' || d.service_date from tmr_finding_diagnosis d"))
                .containsExactly("I509 2026-02-10");
        assertThat(strings("select f.rule_version from tmr_finding f where f.rule_id = 'DDI-NSAID-HF'")).singleElement()
                .asString().contains("drug-disease-interactions.tsv 2026.12-1");
    }

    @Test
    void findingsGroupByThePrescriberOnTheirFills() {
        service.screenEnrolled(AS_OF, 50).await().atMost(WAIT);
        assertThat(strings("""
                select coalesce(ff.prescriber_npi, 'none') || ' ' || t.member_id || ' ' || f.rule_id
                from tmr_finding_fill ff join tmr_finding f on f.id = ff.finding_id join tmr t on t.id = f.tmr_id
                where t.member_id in ('S1', 'S2')
                group by 1 order by 1""")).containsExactly(
                NPI_A + " S1 DUPLICATE-THERAPY", NPI_A + " S2 PQA-PDC-DR", NPI_A + " S2 PQA-SUPD",
                NPI_B + " S1 DUPLICATE-THERAPY", "none S1 DDI-NSAID-HF");
    }

    @Test
    void oneMemberOnDemandIsStoredWhenEnrolledAndOnlyScreenedWhenNot() {
        var s1 = service.screenMember("S1", AS_OF).await().atMost(WAIT);
        assertThat(s1.tmrId()).isNotNull();
        assertThat(strings("select id from tmr where member_id = 'S1' and source = 'SCREENING' and tmr_date = '2026-06-30'"))
                .containsExactly(String.valueOf(s1.tmrId()));
        assertThat(s1.result().byPrescriber()).extracting(PrescriberFindings::prescriberNpi)
                .containsExactly(NPI_A, NPI_B, null);

        var s4 = service.screenMember("S4", AS_OF).await().atMost(WAIT);
        assertThat(s4.tmrId()).isNull();
        assertThat(s4.result().findings()).extracting(Finding::ruleId).containsExactly("PQA-SUPD", "PQA-PDC-DR");
        assertThat(strings("select count(*) from tmr where member_id = 'S4'")).containsExactly("0");

        assertThatThrownBy(() -> service.screenMember("NOBODY", AS_OF).await().atMost(WAIT))
                .isInstanceOf(UnknownMemberException.class);
    }

    @Test
    void everyTherapeuticClassTheTablesNameIsOneTheDrugTableHas() {
        ReferenceCatalog catalog = new ReferenceCatalogStore(pool).catalog().await().atMost(WAIT);
        Set<String> known = new HashSet<>();
        catalog.drugs().forEach(d -> known.add(d.therapeuticClass()));
        for (String table : List.of("drug-classes.tsv", "duplicate-therapy.tsv")) {
            assertThat(ScreeningTable.load(table).rows().stream().filter(r -> r.get("kind").equals("THERAPEUTIC_CLASS"))
                    .map(r -> r.get("value")).toList()).as(table).isNotEmpty().allSatisfy(v -> assertThat(known).contains(v));
        }
    }
}
