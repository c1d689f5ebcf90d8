package com.healthoptions.mtm.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.s3.BucketAttributes;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
import software.constructs.Construct;

/**
 * Claims intake and its bucket notifications.
 *
 * <p>The notifications are configured from here, on the bucket imported by name: were they in the
 * data stack, the data stack would reference this function and this function the data stack (cycle).
 */
public class ClaimsIntakeStack extends FunctionStack {

    /** Prefixes whose new objects the function loads. */
    public static final List<String> INTAKE_PREFIXES = List.of(
            "members/", "pharmacy-claims/", "diagnoses/", "dmp/",
            "outreach-attempts/", "cmr-offers/", "cmrs/", "tmrs/", "safe-disposal-notices/",
            "reference/ndc/", "reference/take-back-sites/", "reference/zip-centroids/");

    /** Prefixes the function writes; never notified, or each report would trigger the function again. */
    public static final List<String> OUTPUT_PREFIXES = List.of("reports/", "outreach/");

    /**
     * Two files at a time: eight pooled connections at most (four per instance, see the function's
     * application.properties), and S3 retries throttled events for hours.
     */
    static final int RESERVED_CONCURRENCY = 2;

    public ClaimsIntakeStack(Construct scope, StackProps props, InfraSettings settings, DataStack data) {
        super(scope, props, settings, FunctionSpec.CLAIMS_INTAKE, data, Map.of(), List.of(data.s3Clients()));

        ((software.amazon.awscdk.services.lambda.CfnFunction) lambda.function().getNode().getDefaultChild())
                .setReservedConcurrentExecutions(RESERVED_CONCURRENCY);

        IBucket bucket = software.amazon.awscdk.services.s3.Bucket.fromBucketAttributes(this, "IntakeBucket",
                BucketAttributes.builder()
                        .bucketName(data.intakeBucket().getBucketName())
                        .bucketArn(data.intakeBucket().getBucketArn())
                        .build());

        LambdaDestination target = new LambdaDestination(lambda.alias());
        for (String prefix : INTAKE_PREFIXES) {
            bucket.addEventNotification(EventType.OBJECT_CREATED, target,
                    NotificationKeyFilter.builder().prefix(prefix).build());
            bucket.grantRead(lambda.function(), prefix + "*");
        }
        for (String prefix : OUTPUT_PREFIXES) {
            bucket.grantPut(lambda.function(), prefix + "*");
        }

        // A file too big for one invocation continues in a new one: the function invokes itself
        // asynchronously (its own alias). The ARN is built from the name: referring to the function
        // object from its own role's policy would make the template circular.
        String self = software.amazon.awscdk.Stack.of(this).formatArn(software.amazon.awscdk.ArnComponents.builder()
                .service("lambda").resource("function")
                .arnFormat(software.amazon.awscdk.ArnFormat.COLON_RESOURCE_NAME)
                .resourceName(FunctionSpec.CLAIMS_INTAKE.functionName(settings.prefix()) + ":*").build());
        lambda.function().addToRolePolicy(software.amazon.awscdk.services.iam.PolicyStatement.Builder.create()
                .actions(List.of("lambda:InvokeFunction"))
                .resources(List.of(self))
                .build());
    }
}
