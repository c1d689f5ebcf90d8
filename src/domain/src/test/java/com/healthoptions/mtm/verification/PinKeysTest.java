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
    static final String OTHER = Base64.getEncoder().encodeToString(new byte[32]);

    static String ring(String current) {
        return "{\"current\":\"" + current + "\",\"k1\":\"" + KEY + "\",\"k2\":\"" + OTHER + "\"}";
    }

    @Test
    void anEmptySecretStopsStartUpNamingTheSetting() {
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> PinKeys.fromSecret(missing))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("empty")
                    .hasMessageContaining("MTM_PIN_KEY_SECRET_ID")
                    .hasMessageContaining("mtm.pin-key.secret-id");
        }
    }

    @Test
    void aShortKeyIsRefusedWithItsLengthButNotItsValue() {
        String short31 = Base64.getEncoder().encodeToString("s3cr3t-value-thirty-one-bytes!!".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> PinKeys.fromSecret(short31))
                .hasMessageContaining("too short: 31 bytes")
                .hasMessageNotContaining(short31)
                .hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> PinKeys.fromSecret("{\"current\":\"k1\",\"k1\":\"" + short31 + "\"}"))
                .hasMessageContaining("key k1 is too short: 31 bytes").hasMessageNotContaining(short31);
    }

    @Test
    void aKeyThatIsNotBase64OrARingThatIsNotJsonIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> PinKeys.fromSecret("not*base64*at*all*but*long*enough*to*pass"))
                .hasMessageContaining("not valid base64")
                .hasMessageNotContaining("not*base64");
        assertThatThrownBy(() -> PinKeys.fromSecret("{\"current\":\"k1\",\"k1\":\"s3cr3t-broken"))
                .hasMessageContaining("not valid JSON").hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> PinKeys.fromSecret("{\"k1\":\"" + KEY + "\"}")).hasMessageContaining("no current key id");
        assertThatThrownBy(() -> PinKeys.fromSecret("{\"current\":\"k3\",\"k1\":\"" + KEY + "\"}"))
                .hasMessageContaining("no key for its current id k3");
    }

    @Test
    void thePinMacIsKeyedSoTheSamePinUnderAnotherKeyDiffers() throws Exception {
        PinKeys keys = PinKeys.fromSecret(KEY);
        PinKeys other = PinKeys.fromSecret(OTHER);
        assertThat(keys.pinMac("1234567")).hasSize(32).isEqualTo(keys.pinMac("1234567"))
                .isNotEqualTo(other.pinMac("1234567")).isNotEqualTo(keys.pinMac("1234568"));
        // Not a plain unkeyed SHA-256 or an HMAC under the raw secret either: a sub-key per purpose.
        Mac raw = Mac.getInstance("HmacSHA256");
        raw.init(new SecretKeySpec(Base64.getDecoder().decode(KEY), "HmacSHA256"));
        assertThat(keys.pinMac("1234567")).isNotEqualTo(raw.doFinal("1234567".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aBareKeyIsARingOfOneNamedByAFingerprintThatRevealsNothing() {
        PinKeys keys = PinKeys.fromSecret(KEY);
        assertThat(keys.currentKeyId()).matches("fp-[0-9a-f]{16}").isEqualTo(PinKeys.fromSecret(KEY).currentKeyId())
                .isNotEqualTo(PinKeys.fromSecret(OTHER).currentKeyId());
        assertThat(keys.pinMacs("1234567")).hasSize(1);
    }

    @Test
    void aRotatedRingChecksOldPinsWithTheirKeyAndMakesNewOnesWithTheCurrentKey() {
        PinKeys before = PinKeys.fromSecret("{\"current\":\"k1\",\"k1\":\"" + KEY + "\"}");
        PinKeys after = PinKeys.fromSecret(ring("k2"));
        byte[] issuedBefore = before.pinMac("7654321");
        assertThat(after.currentKeyId()).isEqualTo("k2");
        assertThat(after.pinMac("k1", "7654321")).isEqualTo(issuedBefore);
        assertThat(after.pinMac("7654321")).isNotEqualTo(issuedBefore).isEqualTo(after.pinMac("k2", "7654321"));
        // Found under either key; the current key's MAC first.
        assertThat(after.pinMacs("7654321")).hasSize(2).first().isEqualTo(after.pinMac("7654321"));
        assertThat(after.pinMacs("7654321").get(1)).isEqualTo(issuedBefore);
        assertThat(after.pinMac("k9", "7654321")).as("a retired key").isNull();
    }

    @Test
    void callerRefsAndRequestMacsDoNotCarryTheirInputs() {
        PinKeys keys = PinKeys.fromSecret(KEY);
        assertThat(keys.callerRef("+13125550100")).matches("[0-9a-f]{64}").doesNotContain("3125550100");
        assertThat(keys.requestMac("verify", "a", "bc")).isNotEqualTo(keys.requestMac("verify", "ab", "c"));
        assertThat(keys.requestMac("verify", "x", null)).isNotEqualTo(keys.requestMac("verify", "x", ""));
    }

    @Test
    void aSealedPinOpensOnlyForTheRequestItWasSealedFor() {
        PinKeys keys = PinKeys.fromSecret(KEY);
        byte[] request = keys.requestMac("issue", "M1");
        byte[] sealed = keys.seal("0042424", request);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("0042424");
        assertThat(keys.unseal(sealed, request)).isEqualTo("0042424");
        assertThatThrownBy(() -> keys.unseal(sealed, keys.requestMac("issue", "M2")))
                .hasMessage("sealed PIN cannot be opened");
    }
}
