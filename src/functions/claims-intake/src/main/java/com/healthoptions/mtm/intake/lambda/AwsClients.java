package com.healthoptions.mtm.intake.lambda;

import com.healthoptions.mtm.s3.S3Clients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Intake's S3 client, built as every function builds it ({@link S3Clients}) from the {@code mtm.intake.s3.*}
 * settings; {@code mtm.intake.s3.endpoint} points it at a local S3 API server. The continuation's Lambda client
 * takes the same region and credentials.
 */
@ApplicationScoped
public class AwsClients {

    @ConfigProperty(name = "mtm.intake.s3.endpoint")
    Optional<URI> endpoint;

    @ConfigProperty(name = "mtm.intake.s3.region")
    Optional<String> region;

    @ConfigProperty(name = "mtm.intake.s3.access-key-id", defaultValue = "local")
    String accessKeyId;

    @ConfigProperty(name = "mtm.intake.s3.secret-access-key", defaultValue = "local")
    String secretAccessKey;

    Region region() {
        return S3Clients.region(region);
    }

    AwsCredentialsProvider credentials() {
        return S3Clients.credentials(endpoint, accessKeyId, secretAccessKey);
    }

    @Produces
    @ApplicationScoped
    S3Client s3() {
        return S3Clients.create(endpoint, region, accessKeyId, secretAccessKey);
    }
}
