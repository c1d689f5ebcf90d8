package com.healthoptions.mtm.intake.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

/**
 * Carries a file that needs more than one invocation: the function invokes itself asynchronously with
 * the same S3 record, and the next invocation resumes from the file's checkpoint.
 *
 * <p>{@code mtm.intake.continuation}: {@code lambda} (self-invoke; needs lambda:InvokeFunction on the
 * function itself), {@code none} (the handler only answers CONTINUE; the caller sends the record again,
 * as tests and local runs do), or {@code auto} (lambda when running in AWS Lambda, else none).
 */
@ApplicationScoped
public class Continuation {

    private static final Logger LOG = Logger.getLogger(Continuation.class);

    private final String mode;
    private final ObjectMapper json;
    private final AwsClients aws;
    private volatile LambdaClient lambda;

    public Continuation(@ConfigProperty(name = "mtm.intake.continuation", defaultValue = "auto") String mode,
            ObjectMapper json, AwsClients aws) {
        this.mode = mode;
        this.json = json;
        this.aws = aws;
    }

    /**
     * True when a continuation was sent.
     *
     * @param invokedFunctionArn this invocation's ARN: with its alias or version qualifier, so the
     *        continuation runs the same code (the bare function name would run $LATEST)
     */
    public boolean send(S3EventNotification.Record record, String invokedFunctionArn) {
        String function = invokedFunctionArn != null && !invokedFunctionArn.isBlank()
                ? invokedFunctionArn : System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        // AWS_EXECUTION_ENV is set by Lambda itself, not by local runners (scripts/lib/LocalLambda.java).
        String execution = System.getenv("AWS_EXECUTION_ENV");
        boolean inLambda = execution != null && execution.startsWith("AWS_Lambda_");
        boolean selfInvoke = mode.equals("lambda") || (mode.equals("auto") && inLambda);
        if (!selfInvoke || function == null) {
            return false;
        }
        try {
            // Stamped now: the event-age limit is for deliveries that wait, not for a file that keeps moving.
            S3EventNotification.Record restamped = new S3EventNotification.Record(record.eventVersion(),
                    record.eventSource(), record.awsRegion(), java.time.Instant.now().toString(), record.eventName(),
                    record.s3());
            byte[] payload = json.writeValueAsBytes(new S3EventNotification(List.of(restamped)));
            client().invoke(InvokeRequest.builder().functionName(function).invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromByteArray(payload)).build());
            LOG.info("continuation sent");
            return true;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private LambdaClient client() {
        if (lambda == null) {
            synchronized (this) {
                if (lambda == null) {
                    lambda = LambdaClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                            .region(aws.region()).credentialsProvider(aws.credentials()).build();
                }
            }
        }
        return lambda;
    }
}
