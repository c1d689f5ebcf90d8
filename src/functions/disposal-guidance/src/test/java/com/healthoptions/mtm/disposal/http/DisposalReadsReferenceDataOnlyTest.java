package com.healthoptions.mtm.disposal.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Disposal guidance runs as {@code mtm_disposal_guidance}, which may only read reference data: the site search
 * and a drug look-up work under it (rows put in as the admin user, as intake's loaders would), and the
 * function's own pool can neither read a member nor change a site.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class DisposalReadsReferenceDataOnlyTest {

    @Inject
    Pool pool;

    @Test
    void theFunctionConnectsAsItsOwnRole() {
        assertThat(pool.query("select current_user").execute().await().indefinitely().iterator().next().getString(0))
                .isEqualTo("mtm_disposal_guidance");
    }

    @Test
    void sitesAndDrugsAreFoundUnderTheDisposalRole() {
        try (var db = TestData.open()) {
            db.update("insert into zip_centroid (zip, latitude, longitude) values ('05999', 44.0, -72.0)");
            db.update("""
                    insert into take_back_site (site_id, name, address, city, state, zip, latitude, longitude)
                    values ('ROLE-VT-1', 'Role test pharmacy', '1 Main St', 'Anytown', 'VT', '05999', 44.01, -72.0)""");
        }
        given().queryParam("zip", "05999").get("/disposal-sites")
                .then().statusCode(200)
                .body("sites.id", contains("ROLE-VT-1"));
        given().queryParam("drug", "lisinopril").get("/disposal-guidance")
                .then().statusCode(200)
                .body("match", equalTo("EXACT"));
    }

    @Test
    void theRoleCanReadNoMemberAndChangeNoReferenceRow() {
        assertThat(sqlState("select count(*) from member")).isEqualTo("42501");
        assertThat(sqlState("select count(*) from mtm_enrollment")).isEqualTo("42501");
        assertThat(sqlState("delete from take_back_site")).isEqualTo("42501");
        assertThat(sqlState("update drug set chronic = not chronic")).isEqualTo("42501");
    }

    /** The SQLSTATE a statement fails with on the function's pool, or "ok". */
    private String sqlState(String sql) {
        try {
            pool.query(sql).execute().await().indefinitely();
            return "ok";
        } catch (io.vertx.pgclient.PgException e) {
            return e.getSqlState();
        }
    }
}
