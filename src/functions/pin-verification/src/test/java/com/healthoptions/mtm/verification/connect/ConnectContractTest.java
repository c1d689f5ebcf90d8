package com.healthoptions.mtm.verification.connect;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON Schemas beside the code catch an event or answer the contact flows would not get along with. */
class ConnectContractTest {

    private static final String VERIFY = ConnectCalls.verifyEvent("c-1", "+13125550101", "12101948", "60601", null);

    @Test
    void anAnswerAsTheFunctionGivesItPasses() {
        assertThatCode(() -> ConnectCalls.CONTRACT.check(VERIFY,
                "{\"result\":\"VERIFIED\",\"memberId\":\"M-1\",\"method\":\"ANI\",\"attemptsRemaining\":\"3\"}"))
                .doesNotThrowAnyException();
    }

    @Test
    void anAnswerConnectsStringMapValidationWouldRefuseFails() {
        assertThatThrownBy(() -> ConnectCalls.CONTRACT.check(VERIFY, "{\"result\":\"VERIFIED\",\"attemptsRemaining\":3}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("answer.schema.json");
        assertThatThrownBy(() -> ConnectCalls.CONTRACT.check(VERIFY, "{\"result\":\"VERIFIED\",\"note\":\"hello there\"}"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ConnectCalls.CONTRACT.check(VERIFY, "{\"result\":\"MAYBE\"}"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void anAcceptedEventOutsideTheEventSchemaFails() {
        String nested = ConnectCalls.event("c-2", "INBOUND", "+13125550101",
                Map.of("action", "verify", "dob", Map.of("month", "12"), "zip", "60601"));
        assertThatThrownBy(() -> ConnectCalls.CONTRACT.check(nested, "{\"result\":\"PIN_REQUIRED\",\"attemptsRemaining\":\"4\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("event.schema.json");
        assertThatCode(() -> ConnectCalls.CONTRACT.check(nested, "{\"result\":\"INVALID_INPUT\"}")).doesNotThrowAnyException();
    }
}
