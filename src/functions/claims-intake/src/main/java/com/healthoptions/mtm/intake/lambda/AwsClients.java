package com.healthoptions.mtm.intake.lambda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The S3 client on the JDK's URL connection. In AWS it takes the region and credentials Lambda gives;
 * {@code mtm.intake.s3.endpoint} points it at a local S3 API server (path-style, static credentials).
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
        return Region.of(region.orElseGet(() -> Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1")));
    }

    AwsCredentialsProvider credentials() {
        return endpoint.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey))
                : DefaultCredentialsProvider.builder().build();
    }

    @Produces
    @ApplicationScoped
    S3Client s3() {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region())
                .credentialsProvider(credentials())
                // Checksums only where S3 requires them: local S3 servers and ranged reads stay simple.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        endpoint.ifPresent(uri -> builder.endpointOverride(uri).serviceConfiguration(S3Configuration.builder()
                .pathStyleAccessEnabled(true).chunkedEncodingEnabled(false).build()));
        return builder.build();
    }
}
