package com.healthoptions.mtm.verification;

import io.vertx.core.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets behind PIN storage: a key ring read from AWS Secrets Manager when the PIN function starts
 * (never from an environment value). With only 10^7 PINs, any unkeyed or salted hash is brute-forced offline
 * in seconds; a MAC under a key that never enters the database is not. One sub-key per use (HMAC of the
 * secret over a label), so a value made for one purpose can never be passed off as another.
 *
 * <p>The secret is either a JSON object {@code {"current":"k2","k2":"<base64>","k1":"<base64>"}} (every
 * property but {@code current} is a key id and its key) or one bare base64 key, whose id is then a
 * fingerprint of the key. Each challenge stores the id of the key its MAC was made with: a PIN is checked
 * with that key, new PINs use the current one, so a rotation keeps the open PINs working while the old key
 * stays in the ring (14 days). Caller references, request MACs and the sealed retry copy use the current key.
 */
public final class PinKeys {

    public static final int MIN_KEY_BYTES = 32;
    public static final String CURRENT = "current";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final String HMAC = "HmacSHA256";
    private static final int GCM_IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HINT = " The PIN key ring is the secret named by mtm.pin-key.secret-id (environment"
            + " MTM_PIN_KEY_SECRET_ID) in Secrets Manager: a JSON object {\"current\":\"<id>\",\"<id>\":\"<base64>\",...}"
            + " or one base64 key, each key " + MIN_KEY_BYTES + " or more random bytes (`openssl rand -base64 32`).";

    private final String currentKeyId;
    /** PIN sub-keys by key id, the current key first. */
    private final Map<String, SecretKeySpec> pinKeys;
    private final SecretKeySpec callerKey;
    private final SecretKeySpec requestKey;
    private final SecretKeySpec sealKey;

    private PinKeys(String currentKeyId, Map<String, byte[]> secrets) {
        this.currentKeyId = currentKeyId;
        Map<String, SecretKeySpec> pins = new LinkedHashMap<>();
        pins.put(currentKeyId, new SecretKeySpec(derive(secrets.get(currentKeyId), "mtm-pin-challenge-v1"), HMAC));
        secrets.forEach((id, secret) -> pins.computeIfAbsent(id,
                k -> new SecretKeySpec(derive(secret, "mtm-pin-challenge-v1"), HMAC)));
        this.pinKeys = java.util.Collections.unmodifiableMap(pins);
        byte[] current = secrets.get(currentKeyId);
        this.callerKey = new SecretKeySpec(derive(current, "mtm-pin-caller-v1"), HMAC);
        this.requestKey = new SecretKeySpec(derive(current, "mtm-pin-request-v1"), HMAC);
        this.sealKey = new SecretKeySpec(derive(current, "mtm-pin-seal-v1"), "AES");
    }

    /**
     * The key ring in a secret's value; fails with a message that names the setting and never the value
     * (nor a fragment of it: JSON parse errors are not passed on).
     */
    public static PinKeys fromSecret(String secretString) {
        if (secretString == null || secretString.isBlank()) {
            throw new IllegalStateException("The PIN key secret is empty." + HINT);
        }
        String value = secretString.strip();
        if (!value.startsWith("{")) {
            byte[] key = decode(value, "the key");
            return new PinKeys(fingerprint(key), Map.of(fingerprint(key), key));
        }
        JsonObject ring;
        try {
            ring = new JsonObject(value);
        } catch (RuntimeException notJson) {
            throw new IllegalStateException("The PIN key secret is not valid JSON." + HINT);
        }
        if (!(ring.getValue(CURRENT) instanceof String current) || !KEY_ID.matcher(current).matches()) {
            throw new IllegalStateException("The PIN key secret names no current key id (\"current\")." + HINT);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String id : ring.fieldNames()) {
            if (id.equals(CURRENT)) {
                continue;
            }
            if (!KEY_ID.matcher(id).matches() || !(ring.getValue(id) instanceof String encoded)) {
                throw new IllegalStateException("The PIN key secret has a malformed key entry." + HINT);
            }
            keys.put(id, decode(encoded, "key " + id));
        }
        if (!keys.containsKey(current)) {
            throw new IllegalStateException("The PIN key secret has no key for its current id " + current + "." + HINT);
        }
        return new PinKeys(current, keys);
    }

    private static byte[] decode(String base64, String what) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("The PIN key secret: " + what + " is not valid base64." + HINT);
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("The PIN key secret: " + what + " is too short: " + key.length
                    + " bytes." + HINT);
        }
        return key;
    }

    /** A bare key's id: names the key without revealing anything about it. */
    private static String fingerprint(byte[] key) {
        return "fp-" + HexFormat.of().formatHex(derive(key, "mtm-pin-key-id-v1")).substring(0, 16);
    }

    /** The id new challenges are made with (stored beside each challenge). */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** What is stored for a new PIN: HMAC-SHA256 under the current key's PIN sub-key. */
    public byte[] pinMac(String pin) {
        return mac(pinKeys.get(currentKeyId), pin);
    }

    /** The PIN's MAC under the key with this id, or null when the ring no longer holds that key. */
    public byte[] pinMac(String keyId, String pin) {
        SecretKeySpec key = pinKeys.get(keyId == null ? currentKeyId : keyId);
        return key == null ? null : mac(key, pin);
    }

    /** The PIN's MAC under every key of the ring, the current key first: what a challenge may be stored as. */
    public List<byte[]> pinMacs(String pin) {
        List<byte[]> macs = new ArrayList<>(pinKeys.size());
        pinKeys.values().forEach(key -> macs.add(mac(key, pin)));
        return macs;
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
