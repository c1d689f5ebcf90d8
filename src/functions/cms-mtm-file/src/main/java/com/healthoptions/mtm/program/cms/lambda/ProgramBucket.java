package com.healthoptions.mtm.program.cms.lambda;

import com.healthoptions.mtm.program.ProgramOutputs;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The intake bucket, write-only, on the JDK's URL connection: in AWS with Lambda's region and role;
 * {@code mtm.program.s3.endpoint} points it at a local S3 API server (path-style, static credentials).
 */
@ApplicationScoped
public class ProgramBucket implements ProgramOutputs {

    private final String bucket;
    private final S3Client s3;

    public ProgramBucket(@ConfigProperty(name = "mtm.program.bucket") String bucket,
            @ConfigProperty(name = "mtm.program.s3.endpoint") Optional<URI> endpoint,
            @ConfigProperty(name = "mtm.program.s3.region") Optional<String> region,
            @ConfigProperty(name = "mtm.program.s3.access-key-id", defaultValue = "local") String accessKeyId,
            @ConfigProperty(name = "mtm.program.s3.secret-access-key", defaultValue = "local") String secretAccessKey) {
        this.bucket = bucket;
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region.orElseGet(() -> Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1"))))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (endpoint.isPresent()) {
            builder.endpointOverride(endpoint.get())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).chunkedEncodingEnabled(false).build());
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.s3 = builder.build();
    }

    @Override
    public void put(String key, String contentType, byte[] body) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).build(),
                RequestBody.fromBytes(body));
    }

    @Override
    public void put(String key, String contentType, Path file) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).build(),
                RequestBody.fromFile(file));
    }
}
