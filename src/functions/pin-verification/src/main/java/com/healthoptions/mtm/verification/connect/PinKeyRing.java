package com.healthoptions.mtm.verification.connect;

import com.healthoptions.mtm.verification.PinKeys;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * Reads the PIN key ring from Secrets Manager once, when the function starts (with SnapStart: when the
 * version is published), and refuses to start without a usable one: better an init failure than a call
 * answered without a key. The value is never logged; failures name the setting and the error code only.
 */
@ApplicationScoped
public class PinKeyRing {

    private static final Logger LOG = Logger.getLogger(PinKeyRing.class);

    @Produces
    @Singleton
    @Startup
    PinKeys pinKeys(PinKeySecret secret) {
        String secretId = secret.secretId().filter(id -> !id.isBlank()).orElseThrow(() -> new IllegalStateException(
                "No PIN key secret: set mtm.pin-key.secret-id (environment MTM_PIN_KEY_SECRET_ID) to the ARN of the"
                        + " Secrets Manager secret holding the PIN key ring."));
        long started = System.nanoTime();
        PinKeys keys = PinKeys.fromSecret(read(secret, secretId));
        LOG.infof("PIN key ring read from Secrets Manager in %d ms (current key id %s)",
                (System.nanoTime() - started) / 1_000_000, keys.currentKeyId());
        return keys;
    }

    private static String read(PinKeySecret secret, String secretId) {
        String region = secret.region().orElseGet(() -> System.getenv("AWS_REGION"));
        if (region == null || region.isBlank()) {
            throw new IllegalStateException("No region for the PIN key secret: set AWS_REGION or mtm.pin-key.region.");
        }
        // Lambda puts the role's credentials in the environment, except under SnapStart, where its Java runtime
        // serves them from a local container-credentials endpoint instead (AWS_CONTAINER_CREDENTIALS_FULL_URI):
        // only those (and system properties, for local runs) are tried, so start-up never probes profiles or
        // instance metadata. The container provider reads its endpoint with the JDK's own HTTP connection.
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(region))
                .credentialsProvider(AwsCredentialsProviderChain.of(EnvironmentVariableCredentialsProvider.create(),
                        SystemPropertyCredentialsProvider.create(), ContainerCredentialsProvider.builder().build()));
        secret.endpoint().ifPresent(builder::endpointOverride);
        try (SecretsManagerClient client = builder.build()) {
            String value = client.getSecretValue(request -> request.secretId(secretId)).secretString();
            if (value == null) {
                throw new IllegalStateException("The PIN key secret holds no SecretString (mtm.pin-key.secret-id).");
            }
            return value;
        } catch (AwsServiceException refused) {
            throw new IllegalStateException("Secrets Manager refused the PIN key secret (mtm.pin-key.secret-id): "
                    + refused.awsErrorDetails().errorCode() + ", HTTP " + refused.statusCode());
        } catch (software.amazon.awssdk.core.exception.SdkClientException unreachable) {
            throw new IllegalStateException("Secrets Manager could not be reached for the PIN key secret: "
                    + unreachable.getClass().getSimpleName());
        }
    }
}
