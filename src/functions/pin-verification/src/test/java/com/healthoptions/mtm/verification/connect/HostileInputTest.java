package com.healthoptions.mtm.verification.connect;

import static com.healthoptions.mtm.verification.connect.ConnectCalls.*;
import static com.healthoptions.mtm.verification.connect.Members.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Garbage in gives INVALID_INPUT out: never an error, never a trace, never a value Connect would refuse. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(SecretsManagerTestResource.class)
class HostileInputTest {

    static final Map<String, String> INVALID = Map.of("result", "INVALID_INPUT");
    static final String TEN_KB = "7".repeat(10 * 1024);

    static Map<String, Object> verifyParams(String dob, String zip, String pin) {
        Map<String, Object> p = new HashMap<>();
        p.put("action", "verify");
        p.put("dob", dob);
        p.put("zip", zip);
        if (pin != null) {
            p.put("pin", pin);
        }
        return p;
    }

    static String verifyWith(Map<String, Object> params) {
        return event(newContact(), "INBOUND", "+13125550100", params);
    }

    static String verifyWith(String dob, String zip, String pin) {
        return verifyWith(verifyParams(dob, zip, pin));
    }

    static Stream<Arguments> bodies() {
        String ok = verifyWith(NOBODYS_DOB, ZIP, null);
        return Stream.of(
                Arguments.of("not JSON", "this is not json"),
                Arguments.of("truncated JSON", ok.substring(0, ok.length() / 2)),
                Arguments.of("empty body", ""),
                Arguments.of("JSON array", "[]"),
                Arguments.of("JSON null", "null"),
                Arguments.of("JSON number", "42"),
                Arguments.of("empty object", "{}"),
                Arguments.of("missing Details", "{\"Name\":\"ContactFlowEvent\"}"),
                Arguments.of("null Details", "{\"Name\":\"ContactFlowEvent\",\"Details\":null}"),
                Arguments.of("missing Parameters", ok.replace("\"Parameters\"", "\"Params\"")),
                Arguments.of("wrong Name", ok.replace("\"ContactFlowEvent\"", "\"SomethingElse\"")),
                Arguments.of("duplicate keys", "{\"Name\":\"ContactFlowEvent\",\"Name\":\"ContactFlowEvent\","
                        + ok.substring(1)),
                Arguments.of("nesting 200 deep", ok.replace("\"Attributes\":{", "\"Attributes\":{\"x\":"
                        + "[".repeat(200) + "]".repeat(200) + ",")),
                Arguments.of("body over 256 KB", ok.replace("\"Attributes\":{", "\"Attributes\":{\"x\":\""
                        + "a".repeat(300 * 1024) + "\",")),
                Arguments.of("missing ContactId", ok.replaceAll("\"ContactId\":\"[^\"]*\",", "")),
                Arguments.of("ContactId with spaces", ok.replaceAll("\"ContactId\":\"[^\"]*\"",
                        "\"ContactId\":\"a b; drop table member\"")),
                Arguments.of("10 KB ContactId", ok.replaceAll("\"ContactId\":\"[^\"]*\"",
                        "\"ContactId\":\"" + "c".repeat(10 * 1024) + "\"")),
                Arguments.of("missing action", verifyWith(Map.of("dob", NOBODYS_DOB, "zip", ZIP))),
                Arguments.of("unknown action", verifyWith(Map.of("action", "delete", "dob", NOBODYS_DOB, "zip", ZIP))),
                Arguments.of("action as a number", verifyWith(Map.of("action", 1, "dob", NOBODYS_DOB, "zip", ZIP))),
                Arguments.of("dob missing", verifyWith(Map.of("action", "verify", "zip", ZIP))),
                Arguments.of("dob seven digits", verifyWith("6151950", ZIP, null)),
                Arguments.of("dob nine digits", verifyWith("061519500", ZIP, null)),
                Arguments.of("dob February 30", verifyWith("02302024", ZIP, null)),
                Arguments.of("dob month 13", verifyWith("13012000", ZIP, null)),
                Arguments.of("dob with letters", verifyWith("ab151950", ZIP, null)),
                Arguments.of("dob with dashes", verifyWith("06-15-1950", ZIP, null)),
                Arguments.of("dob in the future", verifyWith("01012999", ZIP, null)),
                Arguments.of("dob before 1900", verifyWith("01011850", ZIP, null)),
                Arguments.of("dob as a JSON number", verifyWith(Map.of("action", "verify", "dob", 6151950, "zip", ZIP))),
                Arguments.of("dob fullwidth digits", verifyWith("\uff10\uff16\uff11\uff15\uff11\uff19\uff15\uff10", ZIP, null)),
                Arguments.of("dob 10 KB", verifyWith(TEN_KB, ZIP, null)),
                Arguments.of("zip four digits", verifyWith(NOBODYS_DOB, "6060", null)),
                Arguments.of("zip six digits", verifyWith(NOBODYS_DOB, "606011", null)),
                Arguments.of("zip with dash", verifyWith(NOBODYS_DOB, "60601-1234", null)),
                Arguments.of("zip 10 KB", verifyWith(NOBODYS_DOB, TEN_KB, null)),
                Arguments.of("zip with NUL", verifyWith(NOBODYS_DOB, "60601\u0000", null)),
                Arguments.of("pin six digits", verifyWith(NOBODYS_DOB, ZIP, "123456")),
                Arguments.of("pin eight digits", verifyWith(NOBODYS_DOB, ZIP, "12345678")),
                Arguments.of("pin with a star", verifyWith(NOBODYS_DOB, ZIP, "12345*7")),
                Arguments.of("pin 10 KB", verifyWith(NOBODYS_DOB, ZIP, TEN_KB)),
                Arguments.of("pin as an object", verifyWith(Map.of("action", "verify", "dob", NOBODYS_DOB, "zip", ZIP,
                        "pin", Map.of("x", "1234567")))),
                Arguments.of("issue without memberId", event(newContact(), "OUTBOUND", null, Map.of("action", "issue"))),
                Arguments.of("issue with 10 KB memberId", event(newContact(), "OUTBOUND", null,
                        Map.of("action", "issue", "memberId", TEN_KB))),
                Arguments.of("issue with SQL in memberId", event(newContact(), "OUTBOUND", null,
                        Map.of("action", "issue", "memberId", "x' or '1'='1"))),
                Arguments.of("issue without InitiationMethod", issueEvent(newContact(), "M1")
                        .replace("\"InitiationMethod\":\"OUTBOUND\",", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void garbageIsInvalidInput(String what, String body) {
        String raw = given().body(body).post().then().statusCode(200).extract().asString();
        assertThat(answer(raw)).as(what).isEqualTo(INVALID);
    }

    @Test
    void aNullOrMalformedCallerIdIsNotAnErrorButAWithheldCaller() {
        for (String caller : new String[] {null, NO_ENDPOINT, "anonymous", "+0", "+1 312 555 0100"}) {
            assertThat(verify(newContact(), caller, NOBODYS_DOB, ZIP, null)).as(String.valueOf(caller))
                    .containsEntry("result", "PIN_REQUIRED");
        }
    }

    @Test
    void everyInvalidCallIsAuditedByFieldNameOnly() {
        String contact = newContact();
        invoke(event(contact, "INBOUND", "+13125550100", verifyParams("02302024", ZIP, null)));
        assertThat(count("""
                select count(*) from audit_event where correlation_id = ? and action = 'PIN_VERIFY'
                and outcome = 'INVALID_INPUT' and details = '{"field": "dob"}'::jsonb""", contact)).isEqualTo(1);
    }

    @Test
    void everyValueInEveryAnswerIsSafeForConnectStringMaps() {
        member("HOSTILE-SAFE", newPhone());
        List<Map<String, String>> answers = List.of(issue("HOSTILE-SAFE"), issue("NOPE"),
                verify(newContact(), newPhone(), NOBODYS_DOB, ZIP, null), invoke("nonsense"));
        for (Map<String, String> answer : answers) {
            assertThat(answer.values()).allSatisfy(v -> assertThat(v).matches("[A-Za-z0-9_-]+"));
        }
    }
}
