package com.healthoptions.mtm.verification.connect;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthoptions.mtm.testing.JsonSchemaContract;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds Connect ContactFlowEvent JSON the way Connect sends it, and posts it to the mock event server. */
final class ConnectCalls {

    /**
     * The function's event and answer shapes (contract/), held to every invocation of the tests. An event the
     * function answers INVALID_INPUT is meant to break the event schema (hostile-input tests), so only its answer
     * is checked.
     */
    static final JsonSchemaContract CONTRACT = JsonSchemaContract.ofThisFunction("INVALID_INPUT");

    static final ObjectMapper JSON = new ObjectMapper();
    /** Stands for a missing CustomerEndpoint (as opposed to an explicit null). */
    static final String NO_ENDPOINT = "<none>";

    private ConnectCalls() {
    }

    static String newContact() {
        return UUID.randomUUID().toString();
    }

    /** The outbound call reached the member's phone on file (as the issue action requires). */
    static String issueEvent(String contactId, String memberId) {
        return issueEvent(contactId, memberId, Members.phoneOf(memberId));
    }

    static String issueEvent(String contactId, String memberId, String dialled) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("action", "issue");
        params.put("memberId", memberId);
        return event(contactId, "OUTBOUND", dialled == null ? "+18005550199" : dialled, params);
    }

    static String verifyEvent(String contactId, String caller, String dob, String zip, String pin) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("action", "verify");
        params.put("dob", dob);
        params.put("zip", zip);
        if (pin != null) {
            params.put("pin", pin);
        }
        return event(contactId, "INBOUND", caller, params);
    }

    static String event(String contactId, String initiationMethod, String caller, Map<String, Object> parameters) {
        return event(contactId, initiationMethod, "VOICE", caller, parameters);
    }

    static String event(String contactId, String initiationMethod, String channel, String caller,
            Map<String, Object> parameters) {
        Map<String, Object> contactData = new LinkedHashMap<>();
        contactData.put("Attributes", Map.of("campaign", "mtm-outreach"));
        contactData.put("Channel", channel);
        contactData.put("ContactId", contactId);
        if (!NO_ENDPOINT.equals(caller)) {
            contactData.put("CustomerEndpoint", caller == null ? null
                    : Map.of("Address", caller, "Type", "TELEPHONE_NUMBER"));
        }
        contactData.put("InitialContactId", contactId);
        contactData.put("InitiationMethod", initiationMethod);
        contactData.put("InstanceARN", "arn:aws:connect:us-east-1:123456789012:instance/4f1c2b9e-test");
        contactData.put("PreviousContactId", contactId);
        contactData.put("Queue", null);
        contactData.put("SystemEndpoint", Map.of("Address", "+18005550100", "Type", "TELEPHONE_NUMBER"));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ContactData", contactData);
        details.put("Parameters", parameters);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("Details", details);
        event.put("Name", "ContactFlowEvent");
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Invokes the function through the mock event server; the answer as Connect would get it, held to the
     * contract's JSON Schemas ({@link #CONTRACT}).
     */
    static Map<String, String> invoke(String body) {
        String answer = given().contentType(ContentType.JSON).body(body).post()
                .then().statusCode(200).extract().asString();
        CONTRACT.check(body, answer);
        return answer(answer);
    }

    /** The handler's output as Connect reads it: a flat JSON object of strings. */
    @SuppressWarnings("unchecked")
    static Map<String, String> answer(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("answer is not a JSON object: " + json, e);
        }
    }

    static Map<String, String> verify(String contactId, String caller, String dob, String zip, String pin) {
        return invoke(verifyEvent(contactId, caller, dob, zip, pin));
    }

    static Map<String, String> issue(String memberId) {
        return invoke(issueEvent(newContact(), memberId));
    }
}
