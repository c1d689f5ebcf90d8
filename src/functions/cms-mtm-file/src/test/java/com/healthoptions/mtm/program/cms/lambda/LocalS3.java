package com.healthoptions.mtm.program.cms.lambda;

import com.adobe.testing.s3mock.S3MockApplication;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * A real S3 API server (Adobe S3Mock) in the test JVM holding the intake bucket, and the test's own
 * client for it (put input files, read what the functions wrote). As claims-intake's tests run it.
 */
public class LocalS3 implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "mtm-intake";
    private static S3MockApplication server;
    private static S3Client client;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
            org.apache.catalina.webresources.TomcatURLStreamHandlerFactory.disable();
            Map<String, Object> props = new HashMap<>();
            props.put("server.port", 0);
            props.put("com.adobe.testing.s3mock.httpPort", 0);
            props.put("com.adobe.testing.s3mock.store.region", "us-east-1");
            props.put("com.adobe.testing.s3mock.store.initialBuckets", BUCKET);
            props.put("com.adobe.testing.s3mock.store.retainFilesOnExit", false);
            props.put("spring.main.banner-mode", "off");
            props.put("silent", true);
            server = S3MockApplication.start(props);
            client = S3Client.builder()
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .endpointOverride(URI.create(endpoint()))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                    .build();
        }
        return Map.of("mtm.program.s3.endpoint", endpoint(), "mtm.program.s3.region", "us-east-1",
                "mtm.program.bucket", BUCKET);
    }

    static String endpoint() {
        return "http://127.0.0.1:" + server.getHttpPort();
    }

    static S3Client s3() {
        return client;
    }

    /** Puts a file; answers its ETag (the intake's identity of an unversioned object). */
    static String put(String key, String content) {
        return client.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(content, StandardCharsets.UTF_8))
                .eTag().replace("\"", "");
    }

    static String text(String key) {
        return client.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asUtf8String();
    }

    static String lastModified(String key) {
        return client.headObject(b -> b.bucket(BUCKET).key(key)).lastModified().toString() + " "
                + client.headObject(b -> b.bucket(BUCKET).key(key)).eTag();
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
