package com.healthoptions.mtm.verification.connect;

import com.healthoptions.mtm.verification.VerificationSignal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * CloudWatch metrics as Embedded Metric Format lines: Lambda ships stdout to CloudWatch Logs, which turns
 * each such line into metric data points (no SDK call, no PutMetricData permission, nothing on the call's
 * path but one log line). The logger {@code mtm.pin.metrics} prints the bare JSON (application.properties).
 * Only counts, with the function's name as the one dimension: never a member, number or contact.
 */
@ApplicationScoped
public class PinMetrics {

    /** The CDK stack's alarms read these (PinVerificationStack keeps the same names). */
    public static final String NAMESPACE = "MTM/PinVerification";
    public static final String DIMENSION = "Function";
    static final Map<VerificationSignal, String> NAMES = new EnumMap<>(Map.of(
            VerificationSignal.PIN_PATH_FAILURE, "PinPathFailures",
            VerificationSignal.PIN_PATH_REFUSED, "PinPathRefused",
            VerificationSignal.MEMBER_HELD, "MemberHolds"));

    static final Logger EMF = Logger.getLogger("mtm.pin.metrics");

    private final String function = System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "local");

    /** A call answered UNAVAILABLE (the database could not be used): counted here, the only record it leaves. */
    public static final String UNAVAILABLE = "Unavailable";

    public void record(Set<VerificationSignal> signals) {
        if (signals.isEmpty()) {
            return;
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        for (VerificationSignal signal : VerificationSignal.values()) {
            if (signals.contains(signal)) {
                names.add(NAMES.get(signal));
            }
        }
        emit(names);
    }

    public void unavailable() {
        emit(java.util.List.of(UNAVAILABLE));
    }

    private void emit(java.util.List<String> names) {
        StringBuilder metrics = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (String name : names) {
            metrics.append(metrics.isEmpty() ? "" : ",").append("{\"Name\":\"").append(name).append("\",\"Unit\":\"Count\"}");
            values.append(",\"").append(name).append("\":1");
        }
        EMF.info("{\"_aws\":{\"Timestamp\":" + System.currentTimeMillis() + ",\"CloudWatchMetrics\":[{\"Namespace\":\""
                + NAMESPACE + "\",\"Dimensions\":[[\"" + DIMENSION + "\"]],\"Metrics\":[" + metrics + "]}]},\""
                + DIMENSION + "\":\"" + function + "\"" + values + "}");
    }
}
