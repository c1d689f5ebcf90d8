package com.healthoptions.mtm.verification.connect;

import static com.healthoptions.mtm.verification.connect.ConnectCalls.*;
import static com.healthoptions.mtm.verification.connect.Members.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * The limits that protect everyone at once: the global PIN-path budget and its metric, and member holds,
 * which end by themselves or when staff lift them (an audited operation of this function).
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(SecretsManagerTestResource.class)
class LockOutTest {

    @Inject
    PinVerificationHandler handler;

    /** Lambda's context for an invocation through the function's staff alias. */
    static final Context STAFF_ALIAS = new Context() {
        public String getAwsRequestId() { return "staff-test"; }
        public String getLogGroupName() { return null; }
        public String getLogStreamName() { return null; }
        public String getFunctionName() { return "mtm-pin-verification"; }
        public String getFunctionVersion() { return "1"; }
        public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:111111111111:function:mtm-pin-verification:staff"; }
        public CognitoIdentity getIdentity() { return null; }
        public ClientContext getClientContext() { return null; }
        public int getRemainingTimeInMillis() { return 8000; }
        public int getMemoryLimitInMB() { return 1769; }
        public LambdaLogger getLogger() { return null; }
    };

    /** A staff operation as staff send it: `aws lambda invoke --function-name mtm-pin-verification:staff`. */
    Map<String, String> staff(String event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, STAFF_ALIAS);
            return answer(out.toString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final int BUDGET = 100_000; // %test.mtm.pin.pin-path-max-failures

    static final class MetricLines extends Handler implements AutoCloseable {
        final List<String> lines = new ArrayList<>();
        final Logger logger = Logger.getLogger("mtm.pin.metrics");

        MetricLines() {
            logger.addHandler(this);
        }

        @Override
        public synchronized void publish(LogRecord r) {
            lines.add(r instanceof ExtLogRecord ext ? ext.getFormattedMessage() : r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }

        /** The metric names in the EMF lines, after checking each line is a well-formed EMF document. */
        List<String> metrics() throws Exception {
            List<String> names = new ArrayList<>();
            for (String line : lines) {
                JsonNode emf = JSON.readTree(line);
                JsonNode directive = emf.path("_aws").path("CloudWatchMetrics").get(0);
                assertThat(emf.path("_aws").path("Timestamp").isNumber()).isTrue();
                assertThat(directive.path("Namespace").asText()).isEqualTo("MTM/PinVerification");
                assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Function\"]]");
                for (JsonNode metric : directive.path("Metrics")) {
                    String name = metric.path("Name").asText();
                    assertThat(emf.path(name).asInt()).as(name).isEqualTo(1);
                    names.add(name);
                }
            }
            return names;
        }
    }

    @Test
    void everyFailedPinIsAMetricAndASpentBudgetLocksThePinPathForEveryoneButNotAni() throws Exception {
        String phone = newPhone();
        member("LOCK-BUDGET", phone);
        member("LOCK-BUDGET-PIN", newPhone());
        String pin = issue("LOCK-BUDGET-PIN").get("pin");
        update("""
                insert into verification_throttle (subject_kind, subject_key, failures) values ('PIN_PATH', '*', ?)
                on conflict (subject_kind, subject_key) do update set failures = excluded.failures, window_started_at = now()""",
                BUDGET - 1);
        try (MetricLines metrics = new MetricLines()) {
            // The last failure the budget allows ...
            assertThat(verify(newContact(), newPhone(), NOBODYS_DOB, ZIP, "5550001")).containsEntry("result", "NOT_VERIFIED");
            // ... then the PIN path is closed to everyone, even with a live PIN and the right answers.
            assertThat(verify(newContact(), newPhone(), dob("LOCK-BUDGET-PIN"), ZIP, pin))
                    .isEqualTo(Map.of("result", "LOCKED", "method", "PIN", "attemptsRemaining", "0"));
            assertThat(verify(newContact(), newPhone(), dob("LOCK-BUDGET-PIN"), ZIP, null)).containsEntry("result", "LOCKED");
            // ANI does not depend on it.
            assertThat(verify(newContact(), phone, dob("LOCK-BUDGET"), ZIP, null)).containsEntry("result", "VERIFIED");
            assertThat(metrics.metrics()).containsExactly("PinPathFailures", "PinPathRefused", "PinPathRefused");
            // No person in a metric line.
            assertThat(String.join("\n", metrics.lines)).doesNotContain(pin, phone.substring(2), "LOCK-BUDGET",
                    dob("LOCK-BUDGET-PIN"), ZIP);
        } finally {
            update("delete from verification_throttle where subject_kind = 'PIN_PATH'");
        }
        // The window over (the row gone or its hour past), the PIN works again.
        assertThat(verify(newContact(), newPhone(), dob("LOCK-BUDGET-PIN"), ZIP, pin)).containsEntry("result", "VERIFIED");
    }

    @Test
    void aHoldEndsByItselfAndStaffCanLiftOneAtOnceWithAnAuditRow() throws Exception {
        member("LOCK-HOLD", newPhone());
        String pin = issue("LOCK-HOLD").get("pin");
        // 29 failures in a row already (over earlier lock-outs); the thirtieth holds the member.
        update("""
                insert into verification_throttle (subject_kind, subject_key, consecutive_failures) values ('MEMBER', 'LOCK-HOLD', 29)""");
        try (MetricLines metrics = new MetricLines()) {
            verify(newContact(), newPhone(), dob("LOCK-HOLD"), ZIP, "0000000".equals(pin) ? "0000001" : "0000000");
            assertThat(metrics.metrics()).contains("MemberHolds");
        }
        assertThat(count("""
                select count(*) from verification_throttle where subject_kind = 'MEMBER' and subject_key = 'LOCK-HOLD'
                and held and locked_until between now() + interval '6 days 23 hours' and now() + interval '7 days'""")).isEqualTo(1);
        assertThat(verify(newContact(), newPhone(), dob("LOCK-HOLD"), ZIP, pin)).containsEntry("result", "NOT_VERIFIED");

        // Staff, having confirmed who the member is, lift the hold at once.
        Map<String, String> lifted = staff(staffLift("LOCK-HOLD", "jdoe@plan.example", "IDENTITY_VERIFIED_BY_STAFF", "INC-1001"));
        assertThat(lifted).isEqualTo(Map.of("result", "LIFTED"));
        assertThat(count("""
                select count(*) from audit_event where actor = 'staff:jdoe@plan.example' and action = 'PIN_LOCK_LIFTED'
                and member_id = 'LOCK-HOLD' and outcome = 'LIFTED' and correlation_id = 'INC-1001'
                and details ->> 'reason' = 'IDENTITY_VERIFIED_BY_STAFF' and details ->> 'wasHeld' = 'true'
                and details ->> 'consecutiveFailures' = '30'""")).isEqualTo(1);
        assertThat(verify(newContact(), newPhone(), dob("LOCK-HOLD"), ZIP, pin)).containsEntry("result", "VERIFIED");
        // Again: nothing to lift (and audited as such).
        assertThat(staff(staffLift("LOCK-HOLD", "jdoe@plan.example", "OTHER", null))).isEqualTo(Map.of("result", "NOTHING_TO_LIFT"));

        // A hold not lifted ends by itself (here: its end moved into the past).
        member("LOCK-HOLD-ENDS", newPhone());
        String other = issue("LOCK-HOLD-ENDS").get("pin");
        update("""
                insert into verification_throttle (subject_kind, subject_key, consecutive_failures, locked_until, held)
                values ('MEMBER', 'LOCK-HOLD-ENDS', 30, now() - interval '1 second', true)""");
        assertThat(verify(newContact(), newPhone(), dob("LOCK-HOLD-ENDS"), ZIP, other)).containsEntry("result", "VERIFIED");
    }

    @Test
    void aStaffOperationOutOfShapeIsInvalidInputAndAudited() {
        member("LOCK-STAFF-BAD", newPhone());
        assertThat(staff(staffLift("LOCK-STAFF-BAD", "jdoe", "BECAUSE I SAID SO", null))).isEqualTo(Map.of("result", "INVALID_INPUT"));
        assertThat(staff(staffLift("LOCK-STAFF-BAD", "j doe; drop table", "OTHER", null))).isEqualTo(Map.of("result", "INVALID_INPUT"));
        assertThat(staff(staffLift("NO-SUCH-MEMBER", "jdoe", "OTHER", "INC-2"))).isEqualTo(Map.of("result", "UNKNOWN_MEMBER"));
        assertThat(count("""
                select count(*) from audit_event where action = 'PIN_LOCK_LIFTED' and outcome = 'INVALID_INPUT'
                and details ->> 'field' in ('reason', 'staffId')""")).isGreaterThanOrEqualTo(2);
        // Through the live alias (Connect's) a staff operation is refused; through the staff alias a contact flow's event is.
        assertThat(invoke(staffLift("LOCK-STAFF-BAD", "jdoe", "OTHER", null))).isEqualTo(Map.of("result", "INVALID_INPUT"));
        assertThat(staff(verifyEvent(newContact(), newPhone(), NOBODYS_DOB, ZIP, null))).isEqualTo(Map.of("result", "INVALID_INPUT"));
    }

    static String staffLift(String memberId, String staffId, String reason, String ticket) {
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("Name", "MtmStaffOperation");
        event.put("operation", "lift-member-lock");
        event.put("memberId", memberId);
        event.put("staffId", staffId);
        event.put("reason", reason);
        if (ticket != null) {
            event.put("ticket", ticket);
        }
        try {
            return JSON.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
