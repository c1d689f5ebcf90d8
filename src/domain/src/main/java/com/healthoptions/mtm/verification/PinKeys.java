package com.healthoptions.mtm.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret behind PIN storage ({@code mtm.pin.hmac-key}, env {@code MTM_PIN_HMAC_KEY}). With only 10^7
 * PINs, any unkeyed or salted hash is brute-forced offline in seconds; a MAC under a key that never enters
 * the database is not. One sub-key per use (HMAC of the secret over a label), so a value made for one
 * purpose can never be passed off as another. The PIN function creates this bean at start-up, so a missing
 * or short key stops it before it takes a call (not at start-up here: other functions share this module).
 */
@ApplicationScoped
public class PinKeys {

    public static final int MIN_KEY_BYTES = 32;
    private static final String HMAC = "HmacSHA256";
    private static final int GCM_IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec pinKey;
    private final SecretKeySpec callerKey;
    private final SecretKeySpec requestKey;
    private final SecretKeySpec sealKey;

    @Inject
    public PinKeys(PinSettings settings) {
        this(decode(settings.hmacKey().orElse(null)));
    }

    PinKeys(byte[] secret) {
        this.pinKey = new SecretKeySpec(derive(secret, "mtm-pin-challenge-v1"), HMAC);
        this.callerKey = new SecretKeySpec(derive(secret, "mtm-pin-caller-v1"), HMAC);
        this.requestKey = new SecretKeySpec(derive(secret, "mtm-pin-request-v1"), HMAC);
        this.sealKey = new SecretKeySpec(derive(secret, "mtm-pin-seal-v1"), "AES");
    }

    /** Keys from a base64 secret; fails with a message that names the setting and never the value. */
    public static PinKeys fromBase64(String base64) {
        return new PinKeys(decode(base64));
    }

    static byte[] decode(String base64) {
        String hint = " Set mtm.pin.hmac-key (environment MTM_PIN_HMAC_KEY, filled from Secrets Manager) to "
                + MIN_KEY_BYTES + " or more random bytes in base64, e.g. `openssl rand -base64 32`.";
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("The PIN HMAC key is missing." + hint);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("The PIN HMAC key is not valid base64." + hint);
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("The PIN HMAC key is too short: " + key.length + " bytes." + hint);
        }
        return key;
    }

    /** What is stored for a PIN: HMAC-SHA256 under the PIN sub-key. */
    public byte[] pinMac(String pin) {
        return mac(pinKey, pin);
    }

    /** A caller number as counters and audit rows know it: a keyed hash, hex. */
    public String callerRef(String e164) {
        return HexFormat.of().formatHex(mac(callerKey, e164));
    }

    /** The idempotency key of a call's parameters (they may hold a PIN, date of birth and ZIP: keyed). */
    public byte[] requestMac(String action, String... parameters) {
        StringBuilder canonical = new StringBuilder(action);
        for (String p : parameters) {
            // Length-prefixed so ("ab","c") and ("a","bc") differ.
            canonical.append('\n').append(p == null ? -1 : p.length()).append(':').append(p == null ? "" : p);
        }
        return mac(requestKey, canonical.toString());
    }

    /** Equal MACs, compared in constant time. */
    public static boolean sameMac(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }

    /** AES-GCM of a just-issued PIN, bound to its request, kept only for Connect's retry window. */
    public byte[] seal(String pin, byte[] boundTo) {
        try {
            byte[] iv = new byte[GCM_IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(128, iv));
            cipher.updateAAD(boundTo);
            byte[] sealed = cipher.doFinal(pin.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public String unseal(byte[] sealed, byte[] boundTo) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(128, sealed, 0, GCM_IV_BYTES));
            cipher.updateAAD(boundTo);
            return new String(cipher.doFinal(sealed, GCM_IV_BYTES, sealed.length - GCM_IV_BYTES),
                    StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            // No detail: the stored value was tampered with or sealed under another key.
            throw new IllegalStateException("sealed PIN cannot be opened");
        }
    }

    private static byte[] derive(byte[] secret, String label) {
        return mac(new SecretKeySpec(secret, HMAC), label);
    }

    private static byte[] mac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
