package com.healthoptions.mtm.verification.connect;

import static com.healthoptions.mtm.verification.connect.ConnectCalls.*;
import static com.healthoptions.mtm.verification.connect.Members.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.rds.SnapStartDatabase;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * SnapStart as the function would live it, the hooks called directly as Lambda's runtime would (no CRaC
 * runtime here, no AWS): primed without a row written or a member read, the database reached outside the pool (that the pool keeps no connection is
 * {@code PoolAcrossASnapshotTest} in src/rds-iam-auth), and after the restore a caller is issued a PIN and
 * verified with it as before.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(SecretsManagerTestResource.class)
class SnapStartRestoreTest {

    @Inject
    PinVerificationPriming priming;

    @Inject
    SnapStartDatabase database;

    @Test
    void primedBeforeTheSnapshotWithoutTouchingDataAndAnsweringAfterTheRestore() {
        long auditRows = count("select count(*) from audit_event");
        long challenges = count("select count(*) from pin_challenge");
        int primedBefore = priming.primed;

        priming.beforeCheckpoint(null);
        SnapStartDatabase.Outcome primed = database.primeOutsideThePool();
        database.beforeCheckpoint(null);

        assertThat(priming.primed).as("PIN path primed").isEqualTo(primedBefore + 1);
        assertThat(primed.connected()).as("database reached before the snapshot: " + primed.failure()).isTrue();
        assertThat(count("select count(*) from audit_event")).as("audit rows written by priming").isEqualTo(auditRows);
        assertThat(count("select count(*) from pin_challenge")).as("challenges made by priming").isEqualTo(challenges);

        priming.afterRestore(null);
        SnapStartDatabase.Outcome restored = database.reconnectThePool();
        database.afterRestore(null);
        assertThat(restored.connected()).as("pool connected after the restore: " + restored.failure()).isTrue();

        String phone = newPhone();
        member("SNAP-RESTORED", phone);
        String pin = issue("SNAP-RESTORED").get("pin");
        assertThat(pin).matches("[0-9]{7}");
        assertThat(verify(newContact(), newPhone(), dob("SNAP-RESTORED"), ZIP, pin))
                .containsEntry("result", "VERIFIED").containsEntry("memberId", "SNAP-RESTORED");
    }
}
