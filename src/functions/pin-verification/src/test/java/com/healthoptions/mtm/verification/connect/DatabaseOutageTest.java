package com.healthoptions.mtm.verification.connect;

import static com.healthoptions.mtm.verification.connect.ConnectCalls.*;
import static com.healthoptions.mtm.verification.connect.Members.ZIP;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.InjectPrivatePostgres;
import com.healthoptions.mtm.testing.PrivatePostgres;
import com.healthoptions.mtm.testing.PrivatePostgresDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the function's real PostgreSQL (a server of this class's own) is stopped under it. Every call is
 * answered {@code UNAVAILABLE} (the flow says "please call back") instead of failing the invocation; nothing is
 * counted or consumed, so after the restart the member's failure count is what it was and their PIN still works.
 */
@QuarkusTest
@WithTestResource(PrivatePostgresDatabase.class)
@WithTestResource(SecretsManagerTestResource.class)
class DatabaseOutageTest {

    private static final String PHONE = "+13125557001";
    private static final String OTHER_PHONE = "+13125557002";
    private static final String DOB = "04121947";
    private static final String WRONG_PIN = "0000000";

    @InjectPrivatePostgres
    PrivatePostgres postgres;

    private TestData db() {
        return TestData.open(postgres.jdbcUrl(PrivatePostgresDatabase.DATABASE));
    }

    private long memberFailures() {
        try (var db = db()) {
            Long failures = db.value(Long.class, "select coalesce(sum(failures), 0) from verification_throttle"
                    + " where subject_kind = 'MEMBER' and subject_key = 'PIN-OUT-1'");
            return failures;
        }
    }

    @Test
    void duringAnOutageEveryCallIsUnavailableAndCountsNothingAndAfterItThePinStillWorks() {
        try (var db = db()) {
            db.member("PIN-OUT-1", TestData.SEED_PLAN, LocalDate.of(1947, 4, 12), ZIP, PHONE);
        }
        Map<String, String> issued = invoke(issueEvent(newContact(), "PIN-OUT-1", PHONE));
        assertThat(issued).containsEntry("result", "ISSUED");
        String pin = issued.get("pin");
        // One wrong PIN before the outage: the member's count is 1.
        assertThat(verify(newContact(), OTHER_PHONE, DOB, ZIP, WRONG_PIN)).containsEntry("result", "NOT_VERIFIED");
        assertThat(memberFailures()).isEqualTo(1);

        postgres.stop();
        try {
            // Answered (the mock event server's 200: the invocation did not fail), and only with the result.
            assertThat(verify(newContact(), OTHER_PHONE, DOB, ZIP, WRONG_PIN)).isEqualTo(Map.of("result", "UNAVAILABLE"));
            assertThat(verify(newContact(), OTHER_PHONE, DOB, ZIP, pin)).isEqualTo(Map.of("result", "UNAVAILABLE"));
            assertThat(verify(newContact(), PHONE, DOB, ZIP, null)).isEqualTo(Map.of("result", "UNAVAILABLE"));
            assertThat(invoke(issueEvent(newContact(), "PIN-OUT-1", PHONE))).isEqualTo(Map.of("result", "UNAVAILABLE"));
            assertThat(verify(newContact(), OTHER_PHONE, "13131947", ZIP, null)).isEqualTo(Map.of("result", "UNAVAILABLE"));
        } finally {
            postgres.start();
        }

        // Nothing counted: the wrong PIN during the outage charged no one; no PIN consumed or revoked.
        assertThat(memberFailures()).isEqualTo(1);
        try (var db = db()) {
            assertThat(db.value(Long.class, "select count(*) from pin_challenge where member_id = 'PIN-OUT-1'"
                    + " and used_at is null and revoked_at is null")).isEqualTo(1);
            assertThat(db.value(Long.class, "select count(*) from audit_event where member_id = 'PIN-OUT-1'"
                    + " and action = 'PIN_ISSUED'")).isEqualTo(1);
        }
        // The same function instance answers again, and the PIN issued before the outage still verifies.
        Map<String, String> verified = verify(newContact(), OTHER_PHONE, DOB, ZIP, pin);
        assertThat(verified).containsEntry("result", "VERIFIED").containsEntry("memberId", "PIN-OUT-1")
                .containsEntry("method", "PIN");
        assertThat(memberFailures()).isZero(); // a success resets the member's count
    }
}
