package com.healthoptions.mtm.verification.connect;

import static com.healthoptions.mtm.verification.connect.ConnectCalls.*;
import static com.healthoptions.mtm.verification.connect.Members.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.healthoptions.mtm.verification.PinKeys;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** action=verify, driven through the Lambda mock event server against PostgreSQL. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(SecretsManagerTestResource.class)
class PinVerifyTest {

    @Inject
    PinKeys keys;

    static final Map<String, String> NOT_VERIFIED_PIN_2 = Map.of("result", "NOT_VERIFIED", "method", "PIN",
            "attemptsRemaining", "2");

    @Test
    void aCallerFromThePhoneOnFileIsVerifiedByDateOfBirthAndZip() {
        String phone = newPhone();
        member("VER-ANI", phone);
        assertThat(verify(newContact(), phone, dob("VER-ANI"), ZIP, null)).isEqualTo(Map.of("result", "VERIFIED",
                "memberId", "VER-ANI", "method", "ANI", "attemptsRemaining", "3"));
        // A ZIP+4 keyed as nine digits is the same ZIP.
        assertThat(verify(newContact(), phone, dob("VER-ANI"), ZIP + "1234", null)).containsEntry("result", "VERIFIED");
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

    static final Map<String, String> PIN_REQUIRED_3 = Map.of("result", "PIN_REQUIRED", "method", "PIN",
            "attemptsRemaining", "3");

    @Test
    void aWrongAnswerFromANumberOnFileGetsExactlyWhatAnUnknownNumberGets() {
        String phone = newPhone();
        member("VER-ANI-WRONG", phone);
        Map<String, String> wrongDob = verify(newContact(), phone, "06161950", ZIP, null);
        Map<String, String> wrongZip = verify(newContact(), phone, dob("VER-ANI-WRONG"), "60602", null);
        Map<String, String> unknownNumber = verify(newContact(), newPhone(), "06161950", ZIP, null);
        assertThat(wrongDob).isEqualTo(wrongZip).isEqualTo(unknownNumber).isEqualTo(PIN_REQUIRED_3);
        // No member pays for a guess; only the line's hidden ANI allowance counts it.
        assertThat(count("""
                select count(*) from verification_throttle where subject_kind = 'MEMBER' and subject_key = 'VER-ANI-WRONG'
                and (failures > 0 or consecutive_failures > 0)""")).isZero();
        assertThat(count("select failures::bigint from verification_throttle where subject_kind = 'LINE' and subject_key = ?",
                keys.callerRef(phone))).isEqualTo(2);
    }

    @Test
    void fiveWrongAnswersFromANumberOnFileStopAniFromItWithoutTellingTheCaller() {
        String phone = newPhone();
        member("VER-LINE", phone);
        for (int i = 0; i < 5; i++) {
            assertThat(verify(newContact(), phone, "01011940", ZIP, null)).isEqualTo(PIN_REQUIRED_3);
        }
        // The right answers now get what any other number gets: the PIN still works.
        assertThat(verify(newContact(), phone, dob("VER-LINE"), ZIP, null)).isEqualTo(PIN_REQUIRED_3);
        String pin = issue("VER-LINE").get("pin");
        assertThat(verify(newContact(), phone, dob("VER-LINE"), ZIP, pin)).containsEntry("result", "VERIFIED")
                .containsEntry("method", "PIN");
    }

    @Test
    void aWrongAnswerOnACouplesLineChargesNeitherOfThem() {
        String phone = newPhone();
        try (var db = TestData.open()) {
            db.member("VER-DOS-A", TestData.SEED_PLAN, LocalDate.of(1949, 3, 2), ZIP, phone)
                    .member("VER-DOS-B", TestData.SEED_PLAN, LocalDate.of(1951, 11, 29), ZIP, phone);
        }
        for (int i = 0; i < 4; i++) {
            verify(newContact(), phone, "01011940", ZIP, null);
        }
        assertThat(count("""
                select count(*) from verification_throttle where subject_kind = 'MEMBER'
                and subject_key in ('VER-DOS-A', 'VER-DOS-B') and (failures > 0 or consecutive_failures > 0)"""))
                .isZero();
        assertThat(verify(newContact(), phone, "03021949", ZIP, null)).containsEntry("memberId", "VER-DOS-A");
    }

    @Test
    void aPinKeyedFromANumberOnFileTakesThePinPath() {
        String phone = newPhone();
        try (var db = TestData.open()) {
            db.member("VER-SHARED-PIN-A", TestData.SEED_PLAN, dobOf("VER-SHARED-PIN-A"), ZIP, phone)
                    .member("VER-SHARED-PIN-B", TestData.SEED_PLAN, LocalDate.of(1951, 11, 28), ZIP, phone);
        }
        String pin = issue("VER-SHARED-PIN-B").get("pin");
        // A's answers from the shared line, with B's PIN: not A by ANI, not B by PIN.
        assertThat(verify(newContact(), phone, dob("VER-SHARED-PIN-A"), ZIP, pin))
                .isEqualTo(Map.of("result", "NOT_VERIFIED", "method", "PIN", "attemptsRemaining", "2"));
        assertThat(verify(newContact(), phone, "11281951", ZIP, pin)).isEqualTo(Map.of("result", "VERIFIED",
                "memberId", "VER-SHARED-PIN-B", "method", "PIN", "attemptsRemaining", "3"));
    }

    @Test
    void anUnknownNumberIsAskedForThePinThenVerifiedByIt() {
        member("VER-PIN", newPhone());
        String pin = issue("VER-PIN").get("pin");
        String contact = newContact();
        String otherPhone = newPhone();
        assertThat(verify(contact, otherPhone, dob("VER-PIN"), ZIP, null))
                .isEqualTo(Map.of("result", "PIN_REQUIRED", "method", "PIN", "attemptsRemaining", "3"));
        assertThat(verify(contact, otherPhone, dob("VER-PIN"), ZIP, pin)).isEqualTo(Map.of("result", "VERIFIED",
                "memberId", "VER-PIN", "method", "PIN", "attemptsRemaining", "3"));
    }

    @Test
    void aPinWorksOnce() {
        member("VER-REUSE", newPhone());
        String pin = issue("VER-REUSE").get("pin");
        assertThat(verify(newContact(), newPhone(), dob("VER-REUSE"), ZIP, pin)).containsEntry("result", "VERIFIED");
        assertThat(verify(newContact(), newPhone(), dob("VER-REUSE"), ZIP, pin)).isEqualTo(NOT_VERIFIED_PIN_2);
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
        assertThat(verify(newContact(), newPhone(), dob("VER-EXPIRED"), ZIP, pin)).isEqualTo(NOT_VERIFIED_PIN_2);
    }

    @Test
    void aWrongPinAndARightPinWithAWrongDateOfBirthGetTheSameAnswer() {
        member("VER-ORACLE", newPhone());
        String pin = issue("VER-ORACLE").get("pin");
        String wrongPin = pin.equals("0000000") ? "0000001" : "0000000";
        Map<String, String> unknownPin = verify(newContact(), newPhone(), dob("VER-ORACLE"), ZIP, wrongPin);
        Map<String, String> wrongDob = verify(newContact(), newPhone(), "01011940", ZIP, pin);
        assertThat(wrongDob).isEqualTo(unknownPin).isEqualTo(NOT_VERIFIED_PIN_2);
    }

    /** Three wrong PINs keyed with the member's date of birth and ZIP, each from a new number. */
    static void threeWrongPinsWithTheMembersFactors(String memberId, String memberPin) {
        for (int i = 0; i < 3; i++) {
            String wrong = String.format("%07d", (Integer.parseInt(memberPin) + 1 + i) % 10_000_000);
            assertThat(verify(newContact(), newPhone(), dob(memberId), ZIP, wrong)).isEqualTo(NOT_VERIFIED_PIN_2);
        }
    }

    @Test
    void aCallerWhoKnowsDateOfBirthAndZipAndSpoofsANewNumberPerCallRunsOutAfterThree() {
        member("VER-SPOOF", newPhone());
        String pin = issue("VER-SPOOF").get("pin");
        threeWrongPinsWithTheMembersFactors("VER-SPOOF", pin);
        assertThat(count("""
                select failures::bigint from verification_throttle where subject_kind = 'MEMBER' and subject_key = 'VER-SPOOF'"""))
                .isEqualTo(3);
        // Even the right PIN now fails, exactly as an unknown one would.
        assertThat(verify(newContact(), newPhone(), dob("VER-SPOOF"), ZIP, pin)).isEqualTo(NOT_VERIFIED_PIN_2);
    }

    @Test
    void whileAMemberIsLockedTheAnswerIsTheSameWhateverTheFactors() {
        String phone = newPhone();
        member("VER-LOCK", phone);
        String pin = issue("VER-LOCK").get("pin");
        threeWrongPinsWithTheMembersFactors("VER-LOCK", pin);
        // ANI: right and wrong answers from the phone on file read alike (and like an unknown number).
        assertThat(verify(newContact(), phone, dob("VER-LOCK"), ZIP, null)).isEqualTo(PIN_REQUIRED_3)
                .isEqualTo(verify(newContact(), phone, "01011940", ZIP, null));
        // PIN: the live PIN with the right answers reads like the live PIN with wrong ones, and like a wrong PIN.
        Map<String, String> right = verify(newContact(), newPhone(), dob("VER-LOCK"), ZIP, pin);
        Map<String, String> wrongFactors = verify(newContact(), newPhone(), "01011940", ZIP, pin);
        Map<String, String> unknownPin = verify(newContact(), newPhone(), "01011940", ZIP, pin.equals("0000000") ? "0000001" : "0000000");
        assertThat(right).isEqualTo(wrongFactors).isEqualTo(unknownPin).isEqualTo(NOT_VERIFIED_PIN_2);

        // Thirty minutes later (the lock's end moved into the past):
        update("""
                update verification_throttle set locked_until = now() - interval '1 second'
                where subject_kind = 'MEMBER' and subject_key = 'VER-LOCK'""");
        assertThat(verify(newContact(), phone, dob("VER-LOCK"), ZIP, null)).containsEntry("result", "VERIFIED");
    }

    @Test
    void aWithheldCallerIdGetsOneFailedPinPerCall() {
        member("VER-WITHHELD", newPhone());
        String pin = issue("VER-WITHHELD").get("pin");
        String contact = newContact();
        assertThat(verify(contact, null, dob("VER-WITHHELD"), ZIP, null)).containsEntry("result", "PIN_REQUIRED")
                .containsEntry("attemptsRemaining", "1");
        assertThat(verify(contact, null, dob("VER-WITHHELD"), ZIP, "1111111"))
                .isEqualTo(Map.of("result", "NOT_VERIFIED", "method", "PIN", "attemptsRemaining", "0"));
        assertThat(verify(contact, null, dob("VER-WITHHELD"), ZIP, pin)).containsEntry("result", "LOCKED");
        // A missing CustomerEndpoint is a withheld caller id too; a new call may try again.
        assertThat(verify(newContact(), NO_ENDPOINT, dob("VER-WITHHELD"), ZIP, pin)).containsEntry("result", "VERIFIED");
    }

    @Test
    void withheldCallersShareOneLimitSoNewCallsCannotWalkThePinSpace() {
        update("delete from verification_throttle where subject_kind = 'WITHHELD'");
        try {
            for (int i = 0; i < 10; i++) {
                assertThat(verify(newContact(), null, NOBODYS_DOB, ZIP, String.format("%07d", 9_000_000 + i)))
                        .containsEntry("result", "NOT_VERIFIED");
            }
            assertThat(verify(newContact(), null, NOBODYS_DOB, ZIP, "9000010")).containsEntry("result", "LOCKED");
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
            // An attacker who does not know the member's date of birth and ZIP.
            assertThat(verify(newContact(), attacker, NOBODYS_DOB, ZIP, String.format("%07d", 8_000_000 + i)))
                    .containsEntry("result", "NOT_VERIFIED");
        }
        assertThat(verify(newContact(), attacker, dob("VER-CALLER"), ZIP, pin)).containsEntry("result", "LOCKED");
        // The counter holds a keyed hash of the number, never the number.
        assertThat(count("select count(*) from verification_throttle where subject_key like ?",
                "%" + attacker.substring(2) + "%")).isZero();
        // The member is untouched by someone else's guesses.
        assertThat(verify(newContact(), newPhone(), dob("VER-CALLER"), ZIP, pin)).containsEntry("result", "VERIFIED");
    }

    @Test
    void onlyAnInboundVoiceCallIsVerifiedByTheNumberItComesFrom() {
        String phone = newPhone();
        member("VER-INBOUND-ONLY", phone);
        Map<String, Object> params = Map.of("action", "verify", "dob", dob("VER-INBOUND-ONLY"), "zip", ZIP);
        // An outbound call to the number, a chat or task claiming it, a transfer: none proves who is speaking.
        for (String[] contact : new String[][] {{"OUTBOUND", "VOICE"}, {"API", "VOICE"}, {"TRANSFER", "VOICE"},
                {"INBOUND", "CHAT"}, {"INBOUND", "TASK"}}) {
            assertThat(invoke(event(newContact(), contact[0], contact[1], phone, params))).as(String.join("/", contact))
                    .isEqualTo(PIN_REQUIRED_3);
        }
        assertThat(invoke(event(newContact(), "INBOUND", "VOICE", phone, params))).containsEntry("result", "VERIFIED");
    }

    @Test
    void aRetriedVerifyIsAnsweredAgainWithoutCountingAgain() {
        String phone = newPhone();
        member("VER-RETRY", phone);
        member("VER-RETRY-PIN", newPhone());
        String contact = newContact();
        Map<String, String> first = verify(contact, phone, NOBODYS_DOB, ZIP, null);
        Map<String, String> retry = verify(contact, phone, NOBODYS_DOB, ZIP, null);
        assertThat(retry).isEqualTo(first).isEqualTo(PIN_REQUIRED_3);
        assertThat(count("select failures::bigint from verification_throttle where subject_kind = 'LINE' and subject_key = ?",
                keys.callerRef(phone))).isEqualTo(1);
        // A different answer in the same call is a new attempt.
        verify(contact, phone, "01011941", ZIP, null);
        assertThat(count("select failures::bigint from verification_throttle where subject_kind = 'LINE' and subject_key = ?",
                keys.callerRef(phone))).isEqualTo(2);
        // The same on the PIN path: a retried wrong PIN counts once against the call and the member.
        String pinContact = newContact();
        Map<String, String> wrongPin = verify(pinContact, newPhone(), dob("VER-RETRY-PIN"), ZIP, "3141592");
        String caller = newPhone();
        Map<String, String> once = verify(pinContact, caller, dob("VER-RETRY-PIN"), ZIP, "2718281");
        assertThat(verify(pinContact, caller, dob("VER-RETRY-PIN"), ZIP, "2718281")).isEqualTo(once)
                .containsEntry("attemptsRemaining", "1");
        assertThat(wrongPin).containsEntry("attemptsRemaining", "2");
        assertThat(count("""
                select failures::bigint from verification_throttle where subject_kind = 'MEMBER' and subject_key = 'VER-RETRY-PIN'"""))
                .isEqualTo(2);
    }

    @Test
    void everyVerifyWritesOneAuditRowWithoutPinDateOfBirthZipOrPhone() {
        String phone = newPhone();
        member("VER-AUDIT", phone);
        String pin = issue("VER-AUDIT").get("pin");
        String aniContact = newContact();
        String pinContact = newContact();
        verify(aniContact, phone, dob("VER-AUDIT"), ZIP, null);
        verify(pinContact, newPhone(), dob("VER-AUDIT"), ZIP, pin);
        try (var db = TestData.open()) {
            for (String contact : new String[] {aniContact, pinContact}) {
                assertThat(db.value(Long.class, """
                        select count(*) from audit_event where correlation_id = ? and actor = 'connect'
                        and action = 'PIN_VERIFY' and member_id = 'VER-AUDIT' and outcome = 'VERIFIED'""", contact))
                        .isEqualTo(1);
                String row = db.value(String.class, "select a::text from audit_event a where correlation_id = ?",
                        contact);
                assertThat(row).doesNotContain(pin, dob("VER-AUDIT"), "1950-06-15", ZIP, phone, phone.substring(2));
            }
            assertThat(db.value(String.class, "select details ->> 'method' from audit_event where correlation_id = ?",
                    pinContact)).isEqualTo("PIN");
        }
    }
}
