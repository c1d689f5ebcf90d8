package com.healthoptions.mtm.verification.connect;

import static com.healthoptions.mtm.verification.connect.ConnectCalls.*;
import static com.healthoptions.mtm.verification.connect.Members.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import com.healthoptions.mtm.verification.PinKeys;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** action=issue, driven through the Lambda mock event server against PostgreSQL. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(SecretsManagerTestResource.class)
class PinIssueTest {

    /** The ring the function read from the Secrets Manager stand-in (current key k2). */
    static PinKeys testKeys() {
        return PinKeys.fromSecret(SecretsManagerTestResource.RING);
    }

    @Test
    void anIssuedPinIsSevenDigitsValidFourteenDaysAndStoredOnlyAsItsKeyedHash() {
        member("ISS-01", newPhone());
        Map<String, String> answer = issue("ISS-01");

        assertThat(answer).containsOnlyKeys("result", "pin", "expiresOn").containsEntry("result", "ISSUED");
        String pin = answer.get("pin");
        assertThat(pin).matches("[0-9]{7}");
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        assertThat(answer.get("expiresOn")).isEqualTo(today.plusDays(14).toString());
        try (var db = TestData.open()) {
            String storedHex = db.value(String.class,
                    "select encode(pin_hmac, 'hex') from pin_challenge where member_id = 'ISS-01'");
            assertThat(storedHex).isEqualTo(HexFormat.of().formatHex(testKeys().pinMac(pin)));
            // Beside it, the id of the key it was made with: the ring's current key.
            assertThat(db.value(String.class, "select key_id from pin_challenge where member_id = 'ISS-01'")).isEqualTo("k2");
            // Nothing anywhere in the PIN tables reads as the PIN.
            assertThat(db.value(Long.class, """
                    select (select count(*) from pin_challenge c where c::text like '%' || ? || '%')
                         + (select count(*) from connect_request r where r::text like '%' || ? || '%')""",
                    pin, pin)).isZero();
        }
    }

    @Test
    void anUnknownMemberGetsUnknownMemberAndNoChallenge() {
        assertThat(issue("NO-SUCH-MEMBER")).isEqualTo(Map.of("result", "UNKNOWN_MEMBER"));
        assertThat(count("select count(*) from pin_challenge where member_id = 'NO-SUCH-MEMBER'")).isZero();
    }

    @Test
    void aNewPinStopsTheEarlierUnusedOneWorking() {
        String phone = newPhone();
        member("ISS-03", phone);
        String first = issue("ISS-03").get("pin");
        String second = issue("ISS-03").get("pin");

        assertThat(verify(newContact(), newPhone(), dob("ISS-03"), ZIP, first)).containsEntry("result", "NOT_VERIFIED");
        assertThat(verify(newContact(), newPhone(), dob("ISS-03"), ZIP, second))
                .containsEntry("result", "VERIFIED").containsEntry("memberId", "ISS-03");
        assertThat(count("select count(*) from pin_challenge where member_id = 'ISS-03' and revoked_at is not null"))
                .isEqualTo(1);
    }

    @Test
    void aRetriedIssueReturnsTheSamePinAndIssuesNoSecondOne() {
        member("ISS-04", newPhone());
        String contact = newContact();
        Map<String, String> first = invoke(issueEvent(contact, "ISS-04"));
        Map<String, String> retry = invoke(issueEvent(contact, "ISS-04"));

        assertThat(retry).isEqualTo(first);
        assertThat(count("select count(*) from pin_challenge where member_id = 'ISS-04'")).isEqualTo(1);
        assertThat(count("""
                select count(*) from audit_event where action = 'PIN_ISSUED' and correlation_id = ?
                and details ->> 'replay' = 'true'""", contact)).isEqualTo(1);
        // Still one usable PIN: the retry did not revoke what the first call left on the voicemail.
        assertThat(verify(newContact(), newPhone(), dob("ISS-04"), ZIP, first.get("pin"))).containsEntry("result", "VERIFIED");
    }

    @Test
    void anInboundContactCannotIssueAPin() {
        member("ISS-05", newPhone());
        Map<String, String> answer = invoke(event(newContact(), "INBOUND", "+13125550100",
                Map.of("action", "issue", "memberId", "ISS-05")));
        assertThat(answer).isEqualTo(Map.of("result", "INVALID_INPUT"));
        assertThat(count("select count(*) from pin_challenge where member_id = 'ISS-05'")).isZero();
    }

    @Test
    void aPinIsIssuedOnlyWhenTheCallReachedTheMembersPhoneOnFile() {
        String phone = newPhone();
        member("ISS-07", phone);
        member("ISS-07-NO-PHONE", null);
        String contact = newContact();
        assertThat(invoke(issueEvent(contact, "ISS-07", newPhone()))).isEqualTo(Map.of("result", "NUMBER_NOT_ON_FILE"));
        assertThat(invoke(issueEvent(newContact(), "ISS-07-NO-PHONE", newPhone())))
                .isEqualTo(Map.of("result", "NUMBER_NOT_ON_FILE"));
        assertThat(invoke(event(newContact(), "OUTBOUND", null, Map.of("action", "issue", "memberId", "ISS-07"))))
                .isEqualTo(Map.of("result", "NUMBER_NOT_ON_FILE"));
        assertThat(count("select count(*) from pin_challenge where member_id like 'ISS-07%'")).isZero();
        assertThat(count("""
                select count(*) from audit_event where action = 'PIN_ISSUED' and correlation_id = ?
                and member_id = 'ISS-07' and outcome = 'NUMBER_NOT_ON_FILE'""", contact)).isEqualTo(1);
        // The member's own number: issued.
        assertThat(invoke(issueEvent(newContact(), "ISS-07", phone))).containsEntry("result", "ISSUED");
    }

    @Test
    void onlyAVoiceCallCanIssueAPin() {
        String phone = newPhone();
        member("ISS-08", phone);
        Map<String, Object> params = Map.of("action", "issue", "memberId", "ISS-08");
        assertThat(invoke(event(newContact(), "API", "CHAT", phone, params))).isEqualTo(Map.of("result", "INVALID_INPUT"));
        assertThat(invoke(event(newContact(), "API", "VOICE", phone, params))).containsEntry("result", "ISSUED");
    }

    @Test
    void aPinIssuedBeforeTheKeyRotatedStillVerifiesWithItsOwnKey() {
        member("ISS-09", newPhone());
        // Issued while k1 was current: its MAC under k1, with k1 beside it.
        PinKeys beforeRotation = PinKeys.fromSecret("{\"current\":\"k1\",\"k1\":\"" + SecretsManagerTestResource.OLD_KEY + "\"}");
        update("""
                insert into pin_challenge (member_id, pin_hmac, expires_at, issued_contact_id, key_id)
                values ('ISS-09', ?, now() + interval '1 day', 'before-rotation', 'k1')""", beforeRotation.pinMac("4242424"));
        assertThat(verify(newContact(), newPhone(), dob("ISS-09"), ZIP, "4242424"))
                .containsEntry("result", "VERIFIED").containsEntry("memberId", "ISS-09");
        // The stand-in was asked once, at start-up, for the secret by its ARN, signed for its region.
        String endpoint = ConfigProvider.getConfig().getValue("mtm.pin-key.endpoint", String.class);
        assertThat(io.restassured.RestAssured.get(endpoint + "/_requests").asString())
                .isEqualTo("secretsmanager.GetSecretValue " + SecretsManagerTestResource.SECRET_ARN + " us-east-1\n");
    }

    @Test
    void everyIssueWritesOneAuditRowWithoutThePin() {
        member("ISS-06", newPhone());
        String contact = newContact();
        String pin = invoke(issueEvent(contact, "ISS-06")).get("pin");
        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, """
                    select count(*) from audit_event where correlation_id = ? and actor = 'connect'
                    and action = 'PIN_ISSUED' and member_id = 'ISS-06' and outcome = 'ISSUED'""", contact))
                    .isEqualTo(1);
            assertThat(db.value(String.class, "select details::text from audit_event where correlation_id = ?",
                    contact)).doesNotContain(pin);
        }
    }
}
