package com.healthoptions.mtm.screening.lambda;

import static com.healthoptions.mtm.screening.lambda.TmrScreeningHandlerTest.DR_ADAMS;
import static com.healthoptions.mtm.screening.lambda.TmrScreeningHandlerTest.DR_BAKER;
import static com.healthoptions.mtm.screening.lambda.TmrScreeningHandlerTest.NOT_LISTED;
import static com.healthoptions.mtm.screening.lambda.TmrScreeningHandlerTest.SCHEDULE_JUNE_30;
import static com.healthoptions.mtm.screening.lambda.TmrScreeningHandlerTest.count;
import static com.healthoptions.mtm.screening.lambda.TmrScreeningHandlerTest.invoke;
import static com.healthoptions.mtm.screening.lambda.TmrScreeningHandlerTest.keys;
import static com.healthoptions.mtm.screening.lambda.TmrScreeningHandlerTest.object;
import static com.healthoptions.mtm.screening.lambda.TmrScreeningHandlerTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.s3.LocalS3;
import com.healthoptions.mtm.testing.PostgresTestDatabase;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A quarter too big for one invocation: with one member per batch and no time per invocation beyond the first
 * piece of work, every invocation does one batch or one letter and answers CONTINUING, and the chain of invocations with the same event
 * (what the state machine in infra sends) ends with the same TMRs, letters and summary as one long invocation.
 */
@QuarkusTest
@TestProfile(TmrScreeningChainTest.OneStepPerInvocation.class)
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = PostgresTestDatabase.ROLE,
        value = "mtm_tmr_screening"))
@WithTestResource(LocalS3.class)
class TmrScreeningChainTest {

    public static class OneStepPerInvocation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mtm.tmr.batch-size", "1", "mtm.tmr.time-per-invocation", "PT0S", "mtm.tmr.reserve", "PT0S");
        }
    }

    @BeforeAll
    static void members() {
        TmrScreeningHandlerTest.members();
    }

    @Test
    void aQuarterCutIntoInvocationsEndsAsOneRunWould() throws IOException {
        List<String> statuses = new ArrayList<>();
        JsonObject answer;
        do {
            answer = invoke(SCHEDULE_JUNE_30);
            statuses.add(answer.getString("status"));
        } while ("CONTINUING".equals(answer.getString("status")) && statuses.size() < 20);

        // Two enrollees, one per batch; the batch that finds no one left; then one letter per invocation for the
        // two listed prescribers (the unlisted one is noted on the way); then the summary.
        assertThat(statuses).containsExactly("CONTINUING", "CONTINUING", "CONTINUING", "CONTINUING", "CONTINUING",
                "SCREENED");
        assertThat(answer.getInteger("membersScreened")).isEqualTo(2);
        assertThat(answer.getInteger("membersWithFindings")).isEqualTo(2);
        assertThat(answer.getInteger("lettersWritten")).isEqualTo(2);
        assertThat(answer.getJsonArray("prescribersNotInDirectory").getList()).containsExactly(NOT_LISTED);
        assertThat(count("select count(*) from tmr where source = 'SCREENING' and tmr_date = '2026-06-30'")).isEqualTo(2);

        String folder = "reports/tmr/2026-06-30/prescriber-letters/";
        assertThat(keys(folder)).hasSize(2);
        LocalDate day = LocalDate.of(2026, 6, 30);
        assertThat(text(object(folder + TmrScreeningHandler.letterId(day, DR_ADAMS) + ".pdf")))
                .contains("Avery Adams, MD").contains("Rosa Quintero").contains("Duplicate therapy");
        assertThat(text(object(folder + TmrScreeningHandler.letterId(day, DR_BAKER) + ".pdf")))
                .contains("Blair Baker, DO").contains("Rosa Quintero");
        JsonObject summary = new JsonObject(new String(object("reports/tmr/2026-06-30/summary.json")));
        assertThat(summary.getInteger("membersScreened")).isEqualTo(2);
        assertThat(summary.getInteger("lettersWritten")).isEqualTo(2);

        assertThat(invoke(SCHEDULE_JUNE_30).getString("status")).isEqualTo("ALREADY_SCREENED");
    }
}
