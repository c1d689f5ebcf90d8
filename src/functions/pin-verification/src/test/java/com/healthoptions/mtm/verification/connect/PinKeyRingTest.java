package com.healthoptions.mtm.verification.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.healthoptions.mtm.verification.PinKeys;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Start-up's read of the key ring through the real SDK client, against the Secrets Manager stand-in. */
class PinKeyRingTest {

    static SecretsManagerStandIn standIn;

    @BeforeAll
    static void start() throws Exception {
        standIn = new SecretsManagerStandIn(0, SecretsManagerTestResource.SECRET_ARN, SecretsManagerTestResource.RING);
        System.setProperty("aws.accessKeyId", "AKIDSTANDIN");
        System.setProperty("aws.secretAccessKey", "stand-in-secret");
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    static PinKeySecret secret(String id, String endpoint) {
        return new PinKeySecret() {
            public Optional<String> secretId() {
                return Optional.ofNullable(id);
            }

            public Optional<URI> endpoint() {
                return Optional.of(URI.create(endpoint));
            }

            public Optional<String> region() {
                return Optional.of("us-east-1");
            }
        };
    }

    @Test
    void theRingIsReadFromSecretsManagerByItsArn() {
        PinKeys keys = new PinKeyRing().pinKeys(secret(SecretsManagerTestResource.SECRET_ARN, standIn.endpoint()));
        assertThat(keys.currentKeyId()).isEqualTo("k2");
        assertThat(keys.pinMac("1234567")).isEqualTo(PinKeys.fromSecret(SecretsManagerTestResource.RING).pinMac("1234567"));
    }

    @Test
    void withoutASecretIdOrWithAnUnknownOneStartUpFailsNamingTheSettingNeverTheValue() {
        assertThatThrownBy(() -> new PinKeyRing().pinKeys(secret(null, standIn.endpoint())))
                .hasMessageContaining("mtm.pin-key.secret-id").hasMessageContaining("MTM_PIN_KEY_SECRET_ID");
        assertThatThrownBy(() -> new PinKeyRing().pinKeys(secret("arn:aws:secretsmanager:us-east-1:1:secret:other", standIn.endpoint())))
                .hasMessageContaining("ResourceNotFoundException").hasMessageNotContaining(SecretsManagerTestResource.CURRENT_KEY);
        assertThatThrownBy(() -> new PinKeyRing().pinKeys(secret(SecretsManagerTestResource.SECRET_ARN, "http://127.0.0.1:1")))
                .hasMessageContaining("could not be reached");
    }
}
