package com.healthoptions.mtm.intake.lambda;

import com.adobe.testing.s3mock.S3MockApplication;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * A real S3 API server (Adobe S3Mock) in the test JVM, with the intake bucket created, for one Quarkus start. The function's
 * S3 client is pointed at it; tests use {@link IntakeTestBucket} to put files and read reports.
 */
public class S3MockServer implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "mtm-intake";
    private static S3MockApplication server;
    private static int port;
    private static java.nio.file.Path root;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            // Spring Boot's logging system would replace Quarkus's JBoss log manager.
            System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
            // Tomcat registers a JVM-wide URL handler once; a test profile restarts Quarkus (and this
            // server) in a new class loader, where a second registration would fail.
            org.apache.catalina.webresources.TomcatURLStreamHandlerFactory.disable();
            launch();
        }
        return Map.of(
                "mtm.intake.s3.endpoint", endpoint(),
                "mtm.intake.s3.region", "us-east-1");
    }

    /**
     * Starts S3Mock on the port it had before (0 the first time) over the same store, so a test can stop the
     * S3 API mid-stream ({@link #stopNow()}) and bring it back with every object still there.
     */
    private static void launch() {
        try {
            if (root == null) {
                root = java.nio.file.Files.createTempDirectory("mtm-s3mock");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, Object> props = new HashMap<>(); // S3Mock removes entries: must be mutable
        props.put("server.port", 0);
        props.put("com.adobe.testing.s3mock.httpPort", port);
        props.put("com.adobe.testing.s3mock.store.region", "us-east-1");
        props.put("com.adobe.testing.s3mock.store.initialBuckets", BUCKET);
        props.put("com.adobe.testing.s3mock.store.root", root.toString());
        props.put("com.adobe.testing.s3mock.store.retainFilesOnExit", true);
        // Stop means stop: open responses are cut, as when the S3 endpoint goes away.
        props.put("server.shutdown", "immediate");
        props.put("spring.lifecycle.timeout-per-shutdown-phase", "1s");
        props.put("spring.main.banner-mode", "off");
        props.put("silent", true);
        server = S3MockApplication.start(props);
        port = server.getHttpPort();
    }

    /** Stops the S3 API at once, cutting responses in flight. */
    public static synchronized void stopNow() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Starts it again on the same endpoint with the same objects. */
    public static synchronized void restart() {
        if (server == null) {
            launch();
        }
    }

    public static String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
