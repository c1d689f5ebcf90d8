package com.healthoptions.mtm.s3;

import java.net.URI;
import java.util.Optional;
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
 * The S3 client every function builds the same way, on the JDK's URL connection. In AWS (no endpoint) it
 * takes the region and the role's credentials Lambda gives; with an endpoint it talks to a local S3 API
 * server (path-style, static credentials, no chunked signing). Checksums only where S3 requires them, so
 * local servers and ranged reads stay simple.
 */
public final class S3Clients {

    private S3Clients() {
    }

    public static S3Client create(Optional<URI> endpoint, Optional<String> region, String accessKeyId,
            String secretAccessKey) {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region(region))
                .credentialsProvider(credentials(endpoint, accessKeyId, secretAccessKey))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        endpoint.ifPresent(uri -> builder.endpointOverride(uri).serviceConfiguration(S3Configuration.builder()
                .pathStyleAccessEnabled(true).chunkedEncodingEnabled(false).build()));
        return builder.build();
    }

    /** The configured region, else Lambda's ({@code AWS_REGION}), else us-east-1 (local runs). */
    public static Region region(Optional<String> configured) {
        return Region.of(configured.orElseGet(() -> Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1")));
    }

    /** Static credentials for a local endpoint; in AWS, the function role's (the default chain). */
    public static AwsCredentialsProvider credentials(Optional<URI> endpoint, String accessKeyId, String secretAccessKey) {
        return endpoint.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey))
                : DefaultCredentialsProvider.builder().build();
    }
}
