package com.healthoptions.mtm.verification.connect;

import com.healthoptions.mtm.verification.PinKeys;
import com.healthoptions.mtm.verification.PinSettings;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Refuses to start without a usable PIN key: better an init failure than a call answered without one. */
@ApplicationScoped
public class PinKeyCheck {

    void onStart(@Observes StartupEvent start, PinSettings settings) {
        PinKeys.fromBase64(settings.hmacKey().orElse(null));
    }
}
