package com.healthoptions.mtm.intake.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.healthoptions.mtm.intake.ClaimsIntake;
import com.healthoptions.mtm.intake.IntakeResult;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * S3 ObjectCreated events for the intake bucket. Each record is one object version; a record that
 * fails is retried with the whole event by Lambda (the ones already complete then answer DUPLICATE).
 */
public class ClaimsIntakeHandler implements RequestHandler<S3EventNotification, IntakeInvocationResult> {

    private static final Logger LOG = Logger.getLogger(ClaimsIntakeHandler.class);
    /** Lambda's own maximum, used when the runtime gives no deadline. */
    private static final Duration MAX_INVOCATION = Duration.ofMinutes(15);

    private final ClaimsIntake intake;
    private final IntakeBucket bucket;
    private final Continuation continuation;

    public ClaimsIntakeHandler(ClaimsIntake intake, IntakeBucket bucket, Continuation continuation) {
        this.intake = intake;
        this.bucket = bucket;
        this.continuation = continuation;
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
    }

    @Override
    public IntakeInvocationResult handleRequest(S3EventNotification event, Context context) {
        long remaining = context == null ? -1 : context.getRemainingTimeInMillis();
        Instant deadline = Instant.now().plus(remaining > 0 && remaining <= MAX_INVOCATION.toMillis()
                ? Duration.ofMillis(remaining) : MAX_INVOCATION);
        String requestId = context != null && context.getAwsRequestId() != null
                ? context.getAwsRequestId() : "local-" + System.nanoTime();
        List<IntakeInvocationResult.Outcome> outcomes = new ArrayList<>();
        RuntimeException failure = null;
        for (S3EventNotification.Record r : event == null || event.records() == null
                ? List.<S3EventNotification.Record>of() : event.records()) {
            if (r.s3() == null || r.s3().bucket() == null || r.s3().object() == null
                    || r.eventName() == null || !r.eventName().startsWith("ObjectCreated")) {
                outcomes.add(new IntakeInvocationResult.Outcome(null, "IGNORED", null, null));
                continue;
            }
            String key = URLDecoder.decode(r.s3().object().key(), StandardCharsets.UTF_8);
            try {
                IntakeResult result = intake.process(
                        bucket.object(r.s3().bucket().name(), key, r.s3().object().versionId(), r.s3().object().eTag()),
                        bucket.outputs(r.s3().bucket().name()), requestId, deadline);
                if (result.status() == IntakeResult.Status.CONTINUE) {
                    continuation.send(r, context == null ? null : context.getInvokedFunctionArn());
                }
                outcomes.add(new IntakeInvocationResult.Outcome(key, result.status().name(), result.fileId(),
                        result.reportKey()));
            } catch (IOException | RuntimeException e) {
                // Only the exception type: messages can quote row values.
                LOG.errorf("record for an object under %s failed (%s); the event will be retried",
                        key.contains("/") ? key.substring(0, key.indexOf('/') + 1) : "(root)", e.getClass().getName());
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
}
