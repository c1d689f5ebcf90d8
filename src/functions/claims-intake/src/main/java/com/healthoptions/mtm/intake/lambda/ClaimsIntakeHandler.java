package com.healthoptions.mtm.intake.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.healthoptions.mtm.intake.ClaimsIntake;
import com.healthoptions.mtm.intake.IntakeResult;
import com.healthoptions.mtm.intake.StalledFiles;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * S3 ObjectCreated events for the intake bucket. Each record is one object version; a record that
 * fails, or that another live invocation holds, fails the whole invocation so Lambda retries the event
 * later (the records already complete then answer DUPLICATE). An EventBridge scheduled event is the
 * sweep: it counts files that have stopped moving and publishes the count as a metric.
 */
public class ClaimsIntakeHandler implements RequestHandler<S3EventNotification, IntakeInvocationResult> {

    private static final Logger LOG = Logger.getLogger(ClaimsIntakeHandler.class);
    /** Lambda's own maximum, used when the runtime gives no deadline. */
    private static final Duration MAX_INVOCATION = Duration.ofMinutes(15);

    private final ClaimsIntake intake;
    private final IntakeBucket bucket;
    private final Continuation continuation;
    private final IntakeMetrics metrics;
    private final Duration stalledAfter;

    public ClaimsIntakeHandler(ClaimsIntake intake, IntakeBucket bucket, Continuation continuation, IntakeMetrics metrics,
            @ConfigProperty(name = "mtm.intake.stalled-after", defaultValue = "PT30M") Duration stalledAfter) {
        this.intake = intake;
        this.bucket = bucket;
        this.continuation = continuation;
        this.metrics = metrics;
        this.stalledAfter = stalledAfter;
    }

    /**
     * What the runtime logs for a failed record: the original type and stack, never its message (a
     * database error can quote a row's values).
     */
    static final class IntakeFailure extends RuntimeException {
        IntakeFailure(Exception original) {
            super("claims intake failed: " + original.getClass().getName());
            setStackTrace(original.getStackTrace());
        }

        IntakeFailure(String why) {
            super("claims intake failed: " + why);
        }
    }

    @Override
    public IntakeInvocationResult handleRequest(S3EventNotification event, Context context) {
        if (event != null && event.scheduledSweep()) {
            return sweep();
        }
        long remaining = context == null ? -1 : context.getRemainingTimeInMillis();
        Instant deadline = Instant.now().plus(remaining > 0 && remaining <= MAX_INVOCATION.toMillis()
                ? Duration.ofMillis(remaining) : MAX_INVOCATION);
        String requestId = context != null && context.getAwsRequestId() != null
                ? context.getAwsRequestId() : "local-" + System.nanoTime();
        List<IntakeInvocationResult.Outcome> outcomes = new ArrayList<>();
        RuntimeException failure = null;
        for (S3EventNotification.Record r : event == null || event.records() == null
                ? List.<S3EventNotification.Record>of() : event.records()) {
            if (r.s3() == null || r.s3().bucket() == null || r.s3().object() == null || r.s3().object().key() == null
                    || r.eventName() == null || !r.eventName().startsWith("ObjectCreated")) {
                outcomes.add(new IntakeInvocationResult.Outcome(null, "IGNORED", null, null));
                continue;
            }
            String key;
            try {
                key = URLDecoder.decode(r.s3().object().key(), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // S3 never sends a broken escape: a forged or mangled event. Nothing to read, nothing to retry.
                LOG.warn("record ignored: its object key is not validly URL-encoded");
                outcomes.add(new IntakeInvocationResult.Outcome(null, "IGNORED", null, null));
                continue;
            }
            try {
                IntakeResult result = intake.process(
                        bucket.object(r.s3().bucket().name(), key, r.s3().object().versionId(), r.s3().object().eTag(),
                                r.s3().object().sequencer(), eventTime(r)),
                        bucket.outputs(r.s3().bucket().name()), requestId, deadline);
                if (result.status() == IntakeResult.Status.CONTINUE) {
                    continuation.send(r, context == null ? null : context.getInvokedFunctionArn());
                }
                if (result.status() == IntakeResult.Status.FAILED && result.reportKey() != null) {
                    metrics.count(IntakeMetrics.FILES_FAILED, 1);
                }
                if (result.status() == IntakeResult.Status.IN_PROGRESS && failure == null) {
                    // Answering success would spend this delivery while the holder may be dead: fail, so
                    // Lambda retries after the holder has finished or its short lease has lapsed.
                    failure = new IntakeFailure("file " + result.fileId() + " is held by another invocation; retry later");
                }
                outcomes.add(new IntakeInvocationResult.Outcome(key, result.status().name(), result.fileId(),
                        result.reportKey()));
            } catch (IOException | RuntimeException e) {
                // Only the exception type: messages can quote row values.
                LOG.errorf("record for an object under %s failed (%s); the event will be retried",
                        prefix(key), e.getClass().getName());
                outcomes.add(new IntakeInvocationResult.Outcome(key, "FAILED", null, null));
                if (failure == null) {
                    failure = new IntakeFailure(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return new IntakeInvocationResult(outcomes);
    }

    private IntakeInvocationResult sweep() {
        StalledFiles stalled = intake.stalled(stalledAfter);
        metrics.count(IntakeMetrics.FILES_STALLED, stalled.count());
        if (stalled.count() > 0) {
            LOG.warnf("%d intake files have not moved for %s (oldest idle %d s): file ids %s", stalled.count(),
                    stalledAfter, stalled.oldestIdleSeconds(), stalled.fileIds());
        }
        return new IntakeInvocationResult(List.of(), stalled.count());
    }

    private static Instant eventTime(S3EventNotification.Record r) {
        if (r.eventTime() == null) {
            return null;
        }
        try {
            return Instant.parse(r.eventTime());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String prefix(String key) {
        return key.contains("/") ? key.substring(0, key.indexOf('/') + 1) : "(root)";
    }
}
