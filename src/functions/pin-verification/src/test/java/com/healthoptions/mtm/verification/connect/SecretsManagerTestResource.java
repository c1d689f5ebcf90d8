package com.healthoptions.mtm.verification.connect;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts {@link SecretsManagerStandIn} on a free port with a test-only key ring (never used anywhere else)
 * and points the function at it: the real SDK client reads the real GetSecretValue answer at start-up.
 */
public class SecretsManagerTestResource implements QuarkusTestResourceLifecycleManager {

    static final String SECRET_ARN = "arn:aws:secretsmanager:us-east-1:111111111111:secret:mtm/pin-hmac-key-AbCdEf";
    static final String OLD_KEY = "dGVzdC1vbmx5LXBpbi1rZXktbm90LWEtc2VjcmV0LTAxMjM0NTY3ODk=";
    static final String CURRENT_KEY = "dGVzdC1vbmx5LXBpbi1rZXktdHdvLW5vdC1hLXNlY3JldC05ODc2NTQ=";
    /** Rotated once: k1 still verifies the PINs made with it, k2 makes the new ones. */
    static final String RING = "{\"current\":\"k2\",\"k2\":\"" + CURRENT_KEY + "\",\"k1\":\"" + OLD_KEY + "\"}";

    static SecretsManagerStandIn standIn;

    @Override
    public Map<String, String> start() {
        try {
            standIn = new SecretsManagerStandIn(0, SECRET_ARN, RING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // What Lambda puts in the environment for the function's role; the stand-in only checks the signature's shape.
        System.setProperty("aws.accessKeyId", "AKIDSTANDIN");
        System.setProperty("aws.secretAccessKey", "stand-in-secret");
        return Map.of("mtm.pin-key.secret-id", SECRET_ARN, "mtm.pin-key.endpoint", standIn.endpoint(),
                "mtm.pin-key.region", "us-east-1");
    }

    @Override
    public void stop() {
        if (standIn != null) {
            standIn.close();
        }
    }
}
