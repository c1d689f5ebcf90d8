package com.healthoptions.mtm.schema.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * The Aurora admin user and password, read from their Secrets Manager secret each time the migration runs,
 * so they are never an environment value of the function and a rotated password is picked up at once.
 * The secret is the one Aurora generates: JSON with {@code username} and {@code password} among others.
 */
final class DatabaseAdminSecret {

    record Login(String user, String password) {
    }

    private DatabaseAdminSecret() {
    }

    /** @param endpoint a Secrets Manager API other than the region's (tests) */
    static Login read(String secretArn, Optional<URI> endpoint) {
        // The secret's own region: no region setting to keep in step with it.
        // arn:partition:secretsmanager:region:account:secret:name
        String[] arn = secretArn.split(":", 6);
        if (arn.length < 6 || !"arn".equals(arn[0]) || !"secretsmanager".equals(arn[2]) || arn[3].isEmpty()) {
            throw new IllegalArgumentException("Not a Secrets Manager secret ARN: " + secretArn);
        }
        Region region = Region.of(arn[3]);
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region)
                .credentialsProvider(DefaultCredentialsProvider.builder().build());
        endpoint.ifPresent(builder::endpointOverride);
        String json;
        try (SecretsManagerClient client = builder.build()) {
            json = client.getSecretValue(r -> r.secretId(secretArn)).secretString();
        }
        try {
            JsonNode secret = new ObjectMapper().readTree(json);
            JsonNode user = secret.get("username");
            JsonNode password = secret.get("password");
            if (user == null || password == null) {
                throw new IllegalStateException("Secret " + secretArn + " has no username and password fields");
            }
            return new Login(user.asText(), password.asText());
        } catch (IOException e) {
            // Never the secret's text in the message.
            throw new UncheckedIOException("Secret " + secretArn + " is not JSON", e);
        }
    }
}
