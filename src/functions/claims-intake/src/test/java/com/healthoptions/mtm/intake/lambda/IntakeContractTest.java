package com.healthoptions.mtm.intake.lambda;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The contract check fails on what breaks it: it is not a check that cannot fail. */
class IntakeContractTest {

    static final String EVENT = IntakeTestBucket.record("claims/2026/batch+1.csv", "9b2cf535f27731c974343645a3985328",
            null, "0A1B2C3D4E5F678901", "2026-06-30T17:00:00.000Z");

    @Test
    void aRealEventAndAnswerPass() {
        assertThatCode(() -> ClaimsIntakeHandlerTest.CONTRACT.check("{\"Records\":[" + EVENT + "]}",
                "{\"records\":[{\"key\":\"claims/2026/batch 1.csv\",\"status\":\"APPLIED\",\"fileId\":7,"
                        + "\"reportKey\":\"reports/claims/2026/batch 1.csv/etag-9b2c.json\"}]}"))
                .doesNotThrowAnyException();
    }

    @Test
    void anAnswerWithAnUnknownStatusOrAnExtraFieldFails() {
        String event = "{\"Records\":[" + EVENT + "]}";
        assertThatThrownBy(() -> ClaimsIntakeHandlerTest.CONTRACT.check(event, "{\"records\":[{\"key\":\"k\",\"status\":\"DONE\"}]}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("answer.schema.json");
        assertThatThrownBy(() -> ClaimsIntakeHandlerTest.CONTRACT.check(event,
                "{\"records\":[{\"key\":\"k\",\"status\":\"APPLIED\",\"firstName\":\"Ada\"}]}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("answer.schema.json");
    }

    @Test
    void anAcceptedEventThatIsNotAnS3ObjectCreatedNotificationFails() {
        String deleted = EVENT.replace("ObjectCreated:Put", "ObjectRemoved:Delete");
        assertThatThrownBy(() -> ClaimsIntakeHandlerTest.CONTRACT.check("{\"Records\":[" + deleted + "]}",
                "{\"records\":[{\"key\":\"k\",\"status\":\"APPLIED\",\"fileId\":1}]}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("event.schema.json");
    }
}
