package com.healthoptions.mtm.s3;

import com.adobe.testing.s3mock.S3MockApplication;
import com.healthoptions.mtm.intake.IntakeObject;
import com.healthoptions.mtm.intake.ObjectGoneException;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * A real S3 API server (Adobe S3Mock) in the test JVM holding the intake bucket, and the test's own
 * client for it (put input files, read what the functions wrote). The scheduled program functions' tests
 * run it as a Quarkus test resource; it points {@link ProgramBucket} at itself.
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
            client = S3Clients.create(Optional.of(URI.create(endpoint())), Optional.of("us-east-1"), "test", "test");
        }
        return Map.of("mtm.program.s3.endpoint", endpoint(), "mtm.program.s3.region", "us-east-1",
                "mtm.program.bucket", BUCKET);
    }

    public static String endpoint() {
        return "http://127.0.0.1:" + server.getHttpPort();
    }

    public static S3Client s3() {
        return client;
    }

    /** Puts a file; answers its ETag (the intake's identity of an unversioned object). */
    public static String put(String key, String content) {
        return client.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(content, StandardCharsets.UTF_8))
                .eTag().replace("\"", "");
    }

    /**
     * The object {@code key}, in its version {@code eTag}, as the intake engine gets it from an S3 event: read from
     * LocalS3 from any offset, gone once deleted.
     */
    public static IntakeObject intakeObject(String key, String eTag) {
        return new IntakeObject(BUCKET, key, null, eTag, null, null, from -> open(key, from));
    }

    private static InputStream open(String key, long from) throws ObjectGoneException {
        try {
            return client.getObject(b -> {
                b.bucket(BUCKET).key(key);
                if (from > 0) {
                    b.range("bytes=" + from + "-");
                }
            });
        } catch (NoSuchKeyException e) {
            throw new ObjectGoneException("gone");
        }
    }

    public static String text(String key) {
        return client.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asUtf8String();
    }

    public static String lastModified(String key) {
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
