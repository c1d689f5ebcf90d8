package com.healthoptions.mtm.verification.connect;

import static com.healthoptions.mtm.verification.connect.ConnectCalls.*;
import static com.healthoptions.mtm.verification.connect.Members.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** action=verify, driven through the Lambda mock event server against PostgreSQL. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class PinVerifyTest {

    static final Map<String, String> NOT_VERIFIED_PIN_2 = Map.of("result", "NOT_VERIFIED", "method", "PIN",
            "attemptsRemaining", "2");

    @Test
    void aCallerFromThePhoneOnFileIsVerifiedByDateOfBirthAndZip() {
        String phone = newPhone();
        member("VER-ANI", phone);
        assertThat(verify(newContact(), phone, DOB_KEYED, ZIP, null)).isEqualTo(Map.of("result", "VERIFIED",
                "memberId", "VER-ANI", "method", "ANI", "attemptsRemaining", "3"));
        // A ZIP+4 keyed as nine digits is the same ZIP.
        assertThat(verify(newContact(), phone, DOB_KEYED, ZIP + "1234", null)).containsEntry("result", "VERIFIED");
    }

    @Test
    void onALineTwoMembersShareTheDateOfBirthPicksWhichOne() {
        String phone = newPhone();
        try (var db = TestData.open()) {
            db.member("VER-COUPLE-A", TestData.SEED_PLAN, LocalDate.of(1949, 3, 1), ZIP, phone)
                    .member("VER-COUPLE-B", TestData.SEED_PLAN, LocalDate.of(1951, 11, 30), ZIP, phone);
        }
        assertThat(verify(newContact(), phone, "11301951", ZIP, null)).containsEntry("result", "VERIFIED")
                .containsEntry("memberId", "VER-COUPLE-B");
        assertThat(verify(newContact(), phone, "03011949", ZIP, null)).containsEntry("memberId", "VER-COUPLE-A");
    }

    @Test
    void aWrongAnswerFromThePhoneOnFileIsNotVerifiedWithoutSayingWhichFactor() {
        String phone = newPhone();
        member("VER-ANI-WRONG", phone);
        Map<String, String> wrongDob = verify(newContact(), phone, "06161950", ZIP, null);
        Map<String, String> wrongZip = verify(newContact(), phone, DOB_KEYED, "60602", null);
        assertThat(wrongDob).isEqualTo(Map.of("result", "NOT_VERIFIED", "method", "ANI", "attemptsRemaining", "2"));
        assertThat(wrongZip).isEqualTo(Map.of("result", "NOT_VERIFIED", "method", "ANI", "attemptsRemaining", "1"));
    }

    @Test
    void anUnknownNumberIsAskedForThePinThenVerifiedByIt() {
        member("VER-PIN", newPhone());
        String pin = issue("VER-PIN").get("pin");
        String contact = newContact();
        String otherPhone = newPhone();
        assertThat(verify(contact, otherPhone, DOB_KEYED, ZIP, null))
                .isEqualTo(Map.of("result", "PIN_REQUIRED", "method", "PIN", "attemptsRemaining", "3"));
        assertThat(verify(contact, otherPhone, DOB_KEYED, ZIP, pin)).isEqualTo(Map.of("result", "VERIFIED",
                "memberId", "VER-PIN", "method", "PIN", "attemptsRemaining", "3"));
    }

    @Test
    void aPinWorksOnce() {
        member("VER-REUSE", newPhone());
        String pin = issue("VER-REUSE").get("pin");
        assertThat(verify(newContact(), newPhone(), DOB_KEYED, ZIP, pin)).containsEntry("result", "VERIFIED");
        assertThat(verify(newContact(), newPhone(), DOB_KEYED, ZIP, pin)).isEqualTo(NOT_VERIFIED_PIN_2);
        assertThat(count("""
                select count(*) from audit_event where action = 'PIN_VERIFY' and details ->> 'reason' = 'PIN_USED'
                and member_id = 'VER-REUSE'""")).isEqualTo(1);
    }

    @Test
    void anExpiredPinIsNotVerified() {
        member("VER-EXPIRED", newPhone());
        String pin = issue("VER-EXPIRED").get("pin");
        update("""
                update pin_challenge set issued_at = now() - interval '15 days', expires_at = now() - interval '1 day'
                where member_id = 'VER-EXPIRED'""");
        assertThat(verify(newContact(), newPhone(), DOB_KEYED, ZIP, pin)).isEqualTo(NOT_VERIFIED_PIN_2);
    }

    @Test
    void aWrongPinAndARightPinWithAWrongDateOfBirthGetTheSameAnswer() {
        member("VER-ORACLE", newPhone());
        String pin = issue("VER-ORACLE").get("pin");
        String wrongPin = pin.equals("0000000") ? "0000001" : "0000000";
        Map<String, String> unknownPin = verify(newContact(), newPhone(), DOB_KEYED, ZIP, wrongPin);
        Map<String, String> wrongDob = verify(newContact(), newPhone(), "01011940", ZIP, pin);
        assertThat(wrongDob).isEqualTo(unknownPin).isEqualTo(NOT_VERIFIED_PIN_2);
    }

    @Test
    void threeFailuresLockTheMemberEvenAgainstTheRightAnswersUntilTheLockEnds() {
        String phone = newPhone();
        member("VER-LOCK", phone);
        for (String remaining : new String[] {"2", "1", "0"}) {
            assertThat(verify(newContact(), phone, "01011940", ZIP, null))
                    .containsEntry("result", "NOT_VERIFIED").containsEntry("attemptsRemaining", remaining);
        }
        assertThat(verify(newContact(), phone, DOB_KEYED, ZIP, null))
                .isEqualTo(Map.of("result", "LOCKED", "method", "ANI", "attemptsRemaining", "0"));
        // The PIN path is locked for this member too.
        String pin = issue("VER-LOCK").get("pin");
        assertThat(verify(newContact(), newPhone(), DOB_KEYED, ZIP, pin)).containsEntry("result", "LOCKED");

        // Thirty minutes later (the lock's end moved into the past):
        update("""
                update verification_throttle set locked_until = now() - interval '1 second'
                where subject_kind = 'MEMBER' and subject_key = 'VER-LOCK'""");
        assertThat(verify(newContact(), phone, DOB_KEYED, ZIP, null)).containsEntry("result", "VERIFIED");
    }

    @Test
    void aWithheldCallerIdGetsOneFailedPinPerCall() {
        member("VER-WITHHELD", newPhone());
        String pin = issue("VER-WITHHELD").get("pin");
        String contact = newContact();
        assertThat(verify(contact, null, DOB_KEYED, ZIP, null)).containsEntry("result", "PIN_REQUIRED")
                .containsEntry("attemptsRemaining", "1");
        assertThat(verify(contact, null, DOB_KEYED, ZIP, "1111111"))
                .isEqualTo(Map.of("result", "NOT_VERIFIED", "method", "PIN", "attemptsRemaining", "0"));
        assertThat(verify(contact, null, DOB_KEYED, ZIP, pin)).containsEntry("result", "LOCKED");
        // A missing CustomerEndpoint is a withheld caller id too; a new call may try again.
        assertThat(verify(newContact(), NO_ENDPOINT, DOB_KEYED, ZIP, pin)).containsEntry("result", "VERIFIED");
    }

    @Test
    void withheldCallersShareOneLimitSoNewCallsCannotWalkThePinSpace() {
        update("delete from verification_throttle where subject_kind = 'WITHHELD'");
        try {
            for (int i = 0; i < 10; i++) {
                assertThat(verify(newContact(), null, DOB_KEYED, ZIP, String.format("%07d", 9_000_000 + i)))
                        .containsEntry("result", "NOT_VERIFIED");
            }
            assertThat(verify(newContact(), null, DOB_KEYED, ZIP, "9000010")).containsEntry("result", "LOCKED");
        } finally {
            update("delete from verification_throttle where subject_kind = 'WITHHELD'");
        }
    }

    @Test
    void oneCallerNumberGetsFiveFailedPinsAcrossCalls() {
        member("VER-CALLER", newPhone());
        String pin = issue("VER-CALLER").get("pin");
        String attacker = newPhone();
        for (int i = 0; i < 5; i++) {
            assertThat(verify(newContact(), attacker, DOB_KEYED, ZIP, String.format("%07d", 8_000_000 + i)))
                    .containsEntry("result", "NOT_VERIFIED");
        }
        assertThat(verify(newContact(), attacker, DOB_KEYED, ZIP, pin)).containsEntry("result", "LOCKED");
        // The counter holds a keyed hash of the number, never the number.
        assertThat(count("select count(*) from verification_throttle where subject_key like ?",
                "%" + attacker.substring(2) + "%")).isZero();
        // The member is untouched by someone else's guesses.
        assertThat(verify(newContact(), newPhone(), DOB_KEYED, ZIP, pin)).containsEntry("result", "VERIFIED");
    }

    @Test
    void aRetriedVerifyIsAnsweredAgainWithoutCountingAgain() {
        String phone = newPhone();
        member("VER-RETRY", phone);
        String contact = newContact();
        Map<String, String> first = verify(contact, phone, "01011940", ZIP, null);
        Map<String, String> retry = verify(contact, phone, "01011940", ZIP, null);
        assertThat(retry).isEqualTo(first).containsEntry("attemptsRemaining", "2");
        assertThat(count("""
                select failures::bigint from verification_throttle where subject_kind = 'MEMBER' and subject_key = 'VER-RETRY'"""))
                .isEqualTo(1);
        // A different answer in the same call is a new attempt.
        assertThat(verify(contact, phone, "01011941", ZIP, null)).containsEntry("attemptsRemaining", "1");
    }

    @Test
    void everyVerifyWritesOneAuditRowWithoutPinDateOfBirthZipOrPhone() {
        String phone = newPhone();
        member("VER-AUDIT", phone);
        String pin = issue("VER-AUDIT").get("pin");
        String aniContact = newContact();
        String pinContact = newContact();
        verify(aniContact, phone, DOB_KEYED, ZIP, null);
        verify(pinContact, newPhone(), DOB_KEYED, ZIP, pin);
        try (var db = TestData.open()) {
            for (String contact : new String[] {aniContact, pinContact}) {
                assertThat(db.value(Long.class, """
                        select count(*) from audit_event where correlation_id = ? and actor = 'connect'
                        and action = 'PIN_VERIFY' and member_id = 'VER-AUDIT' and outcome = 'VERIFIED'""", contact))
                        .isEqualTo(1);
                String row = db.value(String.class, "select a::text from audit_event a where correlation_id = ?",
                        contact);
                assertThat(row).doesNotContain(pin, DOB_KEYED, "1950-06-15", ZIP, phone, phone.substring(2));
            }
            assertThat(db.value(String.class, "select details ->> 'method' from audit_event where correlation_id = ?",
                    pinContact)).isEqualTo("PIN");
        }
    }
}
