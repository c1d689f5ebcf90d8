package com.healthoptions.mtm.verification.connect;

import static com.healthoptions.mtm.verification.connect.ConnectCalls.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * Every path, with a handler on the root logger capturing everything the function (and Quarkus, the
 * Lambda runtime and the driver) logs: no PIN, date of birth, ZIP or phone number in any line.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(SecretsManagerTestResource.class)
class LogCaptureTest {

    static final String PHONE = "+17735550142";
    static final String DOB_KEYED = "09271946";
    static final String ZIP = "97345";

    static final class Capture extends Handler {
        final List<String> lines = new ArrayList<>();
        final List<String> traces = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord r) {
            String message = r instanceof ExtLogRecord ext ? ext.getFormattedMessage() : r.getMessage();
            lines.add(r.getLoggerName() + " " + message + " " + Arrays.toString(r.getParameters()));
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                traces.add(trace.toString());
                lines.add(trace.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void noPinDateOfBirthZipOrPhoneNumberReachesTheLogs() {
        try (var db = TestData.open()) {
            db.member("LOG-01", TestData.SEED_PLAN, LocalDate.of(1946, 9, 27), ZIP, PHONE);
        }
        Capture capture = new Capture();
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        List<String> pins = new ArrayList<>();
        try {
            String pin = invoke(issueEvent("log-capture-issue", "LOG-01")).get("pin");
            pins.add(pin);
            invoke(issueEvent("log-capture-issue", "LOG-01")); // a retry, answered from the sealed copy
            verify("log-capture-ani-ok", PHONE, DOB_KEYED, ZIP, null);
            verify("log-capture-ani-wrong", PHONE, "09281946", ZIP, null);
            verify("log-capture-pin-wrong", "+17735550143", DOB_KEYED, ZIP, "1234567");
            verify("log-capture-pin-ok", "+17735550143", DOB_KEYED, ZIP, pin);
            verify("log-capture-pin-used", null, DOB_KEYED, ZIP + "6789", pin);
            verify("log-capture-bad-dob", PHONE, "02301946", ZIP, null);
            verify("log-capture-bad-pin", PHONE, DOB_KEYED, ZIP, pin + "9");
            // Garbage that carries the secrets in places a careless parser would echo.
            given().body("pin=" + pin + "&dob=" + DOB_KEYED + "&zip=" + ZIP + "&ani=" + PHONE).post()
                    .then().statusCode(200);
            given().body("{\"Name\":\"ContactFlowEvent\",\"Details\":{\"Parameters\":{\"pin\":" + pin + ",\"dob\":"
                    + DOB_KEYED + "}").post().then().statusCode(200);
            invoke(event("log-capture-bad-member", "OUTBOUND", PHONE,
                    Map.of("action", "issue", "memberId", DOB_KEYED + "/" + ZIP)));
            pins.add(invoke(issueEvent("log-capture-issue-2", "LOG-01")).get("pin"));
        } finally {
            root.removeHandler(capture);
        }

        assertThat(capture.lines).as("the function logs each call").anyMatch(l -> l.contains("log-capture-pin-ok"));
        assertThat(capture.traces).as("stack traces").isEmpty();
        List<String> secrets = new ArrayList<>(pins);
        secrets.addAll(List.of(DOB_KEYED, "1946-09-27", "09281946", "02301946", ZIP, PHONE, PHONE.substring(2),
                "7735550143"));
        for (String line : capture.lines) {
            assertThat(line).doesNotContain(secrets);
        }
    }
}
