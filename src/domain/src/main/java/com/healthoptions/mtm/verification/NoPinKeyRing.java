package com.healthoptions.mtm.verification;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The PIN key ring where no function supplies one. Only pin-verification reads the ring (from Secrets
 * Manager, at start-up) and its producer replaces this one; the other functions share this module but never
 * use its PIN services (Quarkus removes them), so this exists only to keep their injection points satisfied.
 */
@Dependent
class NoPinKeyRing {

    @Produces
    @DefaultBean
    @Singleton
    PinKeys none() {
        throw new IllegalStateException("This function has no PIN key ring: only pin-verification reads one");
    }
}
