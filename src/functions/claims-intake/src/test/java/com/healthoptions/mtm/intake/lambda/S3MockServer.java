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

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            // Spring Boot's logging system would replace Quarkus's JBoss log manager.
            System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
            // Tomcat registers a JVM-wide URL handler once; a test profile restarts Quarkus (and this
            // server) in a new class loader, where a second registration would fail.
            org.apache.catalina.webresources.TomcatURLStreamHandlerFactory.disable();
            Map<String, Object> props = new HashMap<>(); // S3Mock removes entries: must be mutable
            props.put("server.port", 0);
            props.put("com.adobe.testing.s3mock.httpPort", 0);
            props.put("com.adobe.testing.s3mock.store.region", "us-east-1");
            props.put("com.adobe.testing.s3mock.store.initialBuckets", BUCKET);
            props.put("com.adobe.testing.s3mock.store.retainFilesOnExit", false);
            props.put("spring.main.banner-mode", "off");
            props.put("silent", true);
            server = S3MockApplication.start(props);
            port = server.getHttpPort();
        }
        return Map.of(
                "mtm.intake.s3.endpoint", endpoint(),
                "mtm.intake.s3.region", "us-east-1");
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
