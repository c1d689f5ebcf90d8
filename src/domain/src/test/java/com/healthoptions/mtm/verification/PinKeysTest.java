package com.healthoptions.mtm.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PinKeysTest {

    static final String KEY = Base64.getEncoder().encodeToString(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @Test
    void aMissingKeyStopsStartUpNamingTheSetting() {
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> PinKeys.fromBase64(missing))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("missing")
                    .hasMessageContaining("MTM_PIN_HMAC_KEY")
                    .hasMessageContaining("mtm.pin.hmac-key");
        }
    }

    @Test
    void aShortKeyIsRefusedWithItsLengthButNotItsValue() {
        String short31 = Base64.getEncoder().encodeToString("s3cr3t-value-thirty-one-bytes!!".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> PinKeys.fromBase64(short31))
                .hasMessageContaining("too short: 31 bytes")
                .hasMessageNotContaining(short31)
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> PinKeys.fromBase64("not*base64*at*all*but*long*enough*to*pass"))
                .hasMessageContaining("not valid base64")
                .hasMessageNotContaining("not*base64");
    }

    @Test
    void thePinMacIsKeyedSoTheSamePinUnderAnotherKeyDiffers() throws Exception {
        PinKeys keys = PinKeys.fromBase64(KEY);
        PinKeys other = PinKeys.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));
        assertThat(keys.pinMac("1234567")).hasSize(32).isEqualTo(keys.pinMac("1234567"))
                .isNotEqualTo(other.pinMac("1234567")).isNotEqualTo(keys.pinMac("1234568"));
        // Not a plain unkeyed SHA-256 or an HMAC under the raw secret either: a sub-key per purpose.
        Mac raw = Mac.getInstance("HmacSHA256");
        raw.init(new SecretKeySpec(Base64.getDecoder().decode(KEY), "HmacSHA256"));
        assertThat(keys.pinMac("1234567")).isNotEqualTo(raw.doFinal("1234567".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void callerRefsAndRequestMacsDoNotCarryTheirInputs() {
        PinKeys keys = PinKeys.fromBase64(KEY);
        assertThat(keys.callerRef("+13125550100")).matches("[0-9a-f]{64}").doesNotContain("3125550100");
        assertThat(keys.requestMac("verify", "a", "bc")).isNotEqualTo(keys.requestMac("verify", "ab", "c"));
        assertThat(keys.requestMac("verify", "x", null)).isNotEqualTo(keys.requestMac("verify", "x", ""));
    }

    @Test
    void aSealedPinOpensOnlyForTheRequestItWasSealedFor() {
        PinKeys keys = PinKeys.fromBase64(KEY);
        byte[] request = keys.requestMac("issue", "M1");
        byte[] sealed = keys.seal("0042424", request);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("0042424");
        assertThat(keys.unseal(sealed, request)).isEqualTo("0042424");
        assertThatThrownBy(() -> keys.unseal(sealed, keys.requestMac("issue", "M2")))
                .hasMessage("sealed PIN cannot be opened");
    }
}
