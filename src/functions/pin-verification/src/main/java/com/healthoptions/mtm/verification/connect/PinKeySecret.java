package com.healthoptions.mtm.verification.connect;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.Optional;

/** Where the PIN key ring lives ({@code mtm.pin-key.*}): a Secrets Manager secret, never a value in the environment. */
@ConfigMapping(prefix = "mtm.pin-key")
public interface PinKeySecret {

    /** The secret's ARN (the CDK stack passes it as {@code MTM_PIN_KEY_SECRET_ID}); required. */
    Optional<String> secretId();

    /** The Secrets Manager endpoint; unset in AWS (the regional one, through the VPC endpoint). Tests and local runs only. */
    Optional<URI> endpoint();

    /** Defaults to the Lambda environment's {@code AWS_REGION}. */
    Optional<String> region();
}
