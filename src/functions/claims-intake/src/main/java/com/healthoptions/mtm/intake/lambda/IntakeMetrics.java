package com.healthoptions.mtm.intake.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch metrics as CloudWatch embedded metric format lines on standard output: Lambda ships them
 * with the logs and CloudWatch extracts the metrics, so the function needs no network route to
 * CloudWatch from its isolated subnets. Namespace {@value #NAMESPACE}, dimension {@code Function}.
 */
@ApplicationScoped
public class IntakeMetrics {

    public static final String NAMESPACE = "MTM/ClaimsIntake";
    public static final String FUNCTION_DIMENSION = "claims-intake";
    /** Non-terminal files nobody has moved for the configured time (the scheduled sweep). */
    public static final String FILES_STALLED = "FilesStalled";
    /** Files ended FAILED (poison files), one per terminal failure. */
    public static final String FILES_FAILED = "FilesFailed";

    private final ObjectMapper json;
    private final PrintStream out = System.out;

    public IntakeMetrics(ObjectMapper json) {
        this.json = json;
    }

    public void count(String metric, long value) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", Map.of(
                "Timestamp", System.currentTimeMillis(),
                "CloudWatchMetrics", List.of(Map.of(
                        "Namespace", NAMESPACE,
                        "Dimensions", List.of(List.of("Function")),
                        "Metrics", List.of(Map.of("Name", metric, "Unit", "Count"))))));
        line.put("Function", FUNCTION_DIMENSION);
        line.put(metric, value);
        try {
            out.println(json.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
