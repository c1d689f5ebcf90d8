package com.healthoptions.mtm.program.cms.lambda;

import com.healthoptions.mtm.verification.PinKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The member's-year test issues a PIN through the domain's PIN engine; the function itself never does, so
 * the key ring (read from Secrets Manager by the PIN function) is a test-only one here.
 */
@ApplicationScoped
class TestPinKeys {

    @Produces
    @Singleton
    PinKeys testOnlyKeyRing() {
        return PinKeys.fromSecret("{\"current\":\"test-1\",\"test-1\":\"dGVzdC1vbmx5LXBpbi1rZXktbm90LWEtc2VjcmV0LTAxMjM0NTY3ODk=\"}");
    }
}
