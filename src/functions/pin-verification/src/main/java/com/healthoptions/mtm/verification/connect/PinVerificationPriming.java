package com.healthoptions.mtm.verification.connect;

import com.healthoptions.mtm.verification.PinKeys;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;

/**
 * SnapStart priming of what every Connect call runs before it reaches the database: reading a
 * {@code ContactFlowEvent}, the HMACs under the key ring, writing the flat answer. Done on made-up values
 * (a test contact, PIN {@code 0000000}, a 555 number), nothing from a member, nothing written anywhere; the
 * database side is primed by {@code SnapStartDatabase} (src/rds-iam-auth) on a connection with no query of a
 * table. After a restore nothing here needs re-establishing: the key ring was read before the snapshot (the
 * snapshot is encrypted at rest by Lambda), and a new one is read only by a new version.
 */
@Startup
@Singleton
public class PinVerificationPriming implements Resource {

    private static final Logger LOG = Logger.getLogger(PinVerificationPriming.class);

    private static final byte[] MADE_UP_CALL = ("{\"Name\":\"ContactFlowEvent\",\"Details\":{\"ContactData\":{"
            + "\"ContactId\":\"snapstart-priming\",\"InitiationMethod\":\"INBOUND\",\"Channel\":\"VOICE\","
            + "\"CustomerEndpoint\":{\"Address\":\"+15555550100\",\"Type\":\"TELEPHONE_NUMBER\"},\"Attributes\":{}},"
            + "\"Parameters\":{\"action\":\"verify\",\"dob\":\"01011900\",\"zip\":\"00000\",\"pin\":\"0000000\"}}}")
            .getBytes(StandardCharsets.UTF_8);

    @Inject
    PinKeys keys;

    int primed;

    @PostConstruct
    void register() {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            ContactFlowEvent event = ContactFlowEventReader.read(MADE_UP_CALL).orElseThrow();
            String pin = event.parameters().get("pin");
            keys.pinMacs(pin);
            keys.callerRef(event.customerAddress());
            keys.requestMac("verify", event.parameters().get("dob"), event.parameters().get("zip"), pin);
            PinVerificationHandler.JSON.writeValueAsBytes(Map.of(PinContactFlow.RESULT, PinContactFlow.INVALID_INPUT));
            primed++;
        } catch (Exception e) {
            LOG.warnf("PIN path priming before the snapshot failed: %s", e.getClass().getSimpleName());
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing: no connection, clock or random state is held here (SecureRandom reseeds itself on restore).
    }
}
