package com.healthoptions.mtm.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.reference.ReferenceCatalog;
import com.healthoptions.mtm.reference.ReferenceCatalogStore;
import com.healthoptions.mtm.reference.ResolvedDrug;
import com.healthoptions.mtm.testing.OwnerPool;
import com.healthoptions.mtm.testing.TestData;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A heavy member's fills, folded per drug for the intake's re-evaluation, resolve to the same drug as the full
 * profile: the product and its FDA pharmacologic class reach the catalog on the folded path too (it once selected
 * ten columns while the reader took the product and classes from the eleventh and twelfth).
 */
class FoldedProfilesTest {

    static OwnerPool database;
    static Pool pool;
    static ClinicalFactsQueries facts;
    static ReferenceCatalog catalog;

    @BeforeAll
    static void database() {
        database = OwnerPool.onFreshDatabase("mtm_eligibility");
        pool = database.pool();
        facts = new ClinicalFactsQueries(pool);
        try (var db = TestData.open()) {
            // An ingredient the drug table does not know: only the product's EPC makes it a maintenance drug.
            db.update("""
                    insert into ndc_product (product_key, product_ndc, proprietary_name, pharm_classes)
                    values ('999990001', '99999-0001', 'Foldasartan', 'Angiotensin 2 Receptor Blocker [EPC]')
                    on conflict do nothing""");
            db.update("insert into ndc_product_ingredient (product_key, ingredient) values ('999990001', 'foldasartan') "
                    + "on conflict do nothing");
            db.member("FOLD-1");
            for (int month = 1; month <= 6; month++) {
                db.fill("FOLD-1-" + month, "FOLD-1", LocalDate.of(2026, month, 3), "99999000130", "FOLDASARTAN 40 MG TAB",
                        "40.00", false);
            }
        }
        catalog = new ReferenceCatalogStore(pool).catalog().await().indefinitely();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aFoldedProfileResolvesTheProductAndItsPharmacologicClassAsTheFullProfileDoes() {
        MemberProfile full = facts.profiles(List.of("FOLD-1"), 2026, catalog).await().indefinitely().get("FOLD-1");
        MemberProfile folded = facts.foldedProfiles(List.of("FOLD-1"), 2026, LocalDate.of(2026, 12, 31), 2, catalog)
                .await().indefinitely().get("FOLD-1");

        ResolvedDrug expected = full.fills().getFirst().drug();
        assertThat(expected.maintenanceBasis()).isEqualTo(ResolvedDrug.MaintenanceBasis.PHARM_CLASS);
        assertThat(folded.fills()).as("two kept fills, the second carrying the later ones' cost").hasSize(2);
        assertThat(folded.fills()).allSatisfy(f -> {
            assertThat(f.drug().maintenanceBasis()).isEqualTo(ResolvedDrug.MaintenanceBasis.PHARM_CLASS);
            assertThat(f.drug().maintenance()).isTrue();
            assertThat(f.drug().product()).isEqualTo(expected.product());
        });
    }
}
