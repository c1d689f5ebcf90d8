package com.healthoptions.mtm.rds;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Quarkus's reactive pool, configured as in AWS, asks the IAM login for credentials each time it opens a
 * connection (not once at start), so a connection opened after the first token's 15 minutes still gets a
 * valid one; the user it logs in as is the configured one.
 */
@QuarkusTest
class EveryNewConnectionGetsATokenTest {

    @Inject
    Pool pool;

    @Inject
    CountingLogin login;

    @Test
    void eachConnectionThePoolOpensIsOpenedWithATokenOfItsOwn() throws InterruptedException {
        int before = login.issued.size();
        SqlConnection first = pool.getConnection().await().indefinitely();
        SqlConnection second = pool.getConnection().await().indefinitely();
        String user = currentUser(first);
        assertThat(currentUser(second)).isEqualTo(user);
        first.close().await().indefinitely();
        second.close().await().indefinitely();
        assertThat(login.issued.size() - before).as("tokens for two new connections").isGreaterThanOrEqualTo(2);

        // Past max-lifetime the pool retires them; a later query needs a new connection, and a new token. The
        // pool retires on its own clock (a busy machine may run it late), so queries go on until it has, or
        // 15 s pass: a pool that kept its first connections for ever never asks again and fails here.
        int beforeRetired = login.issued.size();
        long deadline = System.nanoTime() + 15_000_000_000L;
        do {
            Thread.sleep(500);
            assertThat(pool.query("select current_user").execute().await().indefinitely().iterator().next()
                    .getString(0)).isEqualTo(user);
        } while (login.issued.size() == beforeRetired && System.nanoTime() < deadline);
        assertThat(login.issued.size()).as("tokens asked for after max-lifetime").isGreaterThan(beforeRetired);

        assertThat(login.issued).allSatisfy(credentials -> {
            assertThat(credentials.get("user")).isEqualTo(user);
            assertThat(credentials.get("password")).contains("Action=connect").contains("DBUser=" + user)
                    .contains("X-Amz-Signature=");
        });
    }

    private static String currentUser(SqlConnection connection) {
        return connection.query("select current_user").execute().await().indefinitely().iterator().next().getString(0);
    }
}
