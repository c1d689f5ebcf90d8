package com.healthoptions.mtm.rds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.credentials.CredentialsProvider;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The token is what RDS Proxy checks: a SigV4 pre-signed "connect" for exactly this proxy host, port and
 * database user, valid 15 minutes. Checked here by signing the same request independently with the same
 * (fake) key, so no AWS account is needed.
 */
class IamDatabaseLoginTest {

    static final String PROXY = "mtm-proxy.proxy-c0ffee123456.us-east-1.rds.amazonaws.com";
    static final String URL = "postgresql://" + PROXY + ":5432/mtm";
    static final String KEY_ID = "AKIDEXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    static IamDatabaseLogin login(String user) {
        return new IamDatabaseLogin(URL, user, "us-east-1",
                StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY_ID, SECRET)));
    }

    @Test
    void theTokenIsASignatureOverTheProxyHostPortAndTheFunctionsOwnUser() throws Exception {
        Map<String, String> credentials = login("mtm_eligibility").getCredentials("rds-iam");

        assertThat(credentials).containsEntry(CredentialsProvider.USER_PROPERTY_NAME, "mtm_eligibility");
        String token = credentials.get(CredentialsProvider.PASSWORD_PROPERTY_NAME);
        assertThat(token).startsWith(PROXY + ":5432/?");
        Map<String, String> query = query(token);
        assertThat(query).containsEntry("Action", "connect")
                .containsEntry("DBUser", "mtm_eligibility")
                .containsEntry("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
                .containsEntry("X-Amz-SignedHeaders", "host")
                .containsEntry("X-Amz-Expires", "900");
        String date = query.get("X-Amz-Date");
        assertThat(query.get("X-Amz-Credential")).isEqualTo(KEY_ID + "/" + date.substring(0, 8) + "/us-east-1/rds-db/aws4_request");
        Instant signedAt = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").parse(date, Instant::from);
        assertThat(Duration.between(signedAt, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));

        assertThat(query.get("X-Amz-Signature")).matches("[0-9a-f]{64}").isEqualTo(expectedSignature(token, SECRET));
    }

    @Test
    void anotherUserOrAnotherKeyGivesAnotherSignature() throws Exception {
        String eligibility = login("mtm_eligibility").getCredentials("rds-iam").get("password");
        String optOut = login("mtm_opt_out").getCredentials("rds-iam").get("password");

        assertThat(query(optOut)).containsEntry("DBUser", "mtm_opt_out");
        assertThat(query(optOut).get("X-Amz-Signature")).isNotEqualTo(query(eligibility).get("X-Amz-Signature"));
        // A token signed with one key does not verify under another: the check below is not a tautology.
        assertThat(query(eligibility).get("X-Amz-Signature")).isNotEqualTo(expectedSignature(eligibility, SECRET + "x"));
    }

    @Test
    void theExecutionRolesSessionTokenIsSignedIntoTheToken() throws Exception {
        IamDatabaseLogin login = new IamDatabaseLogin(URL, "mtm_claims_intake", "us-east-1",
                StaticCredentialsProvider.create(AwsSessionCredentials.create(KEY_ID, SECRET, "session/token+value=")));

        String token = login.getCredentials("rds-iam").get("password");

        assertThat(query(token)).containsEntry("X-Amz-Security-Token", "session/token+value=");
        assertThat(query(token).get("X-Amz-Signature")).isEqualTo(expectedSignature(token, SECRET));
    }

    @Test
    void theRegionAndPortComeFromConfigurationAndTheUrl() throws Exception {
        IamDatabaseLogin login = new IamDatabaseLogin("vertx-reactive:postgresql://" + PROXY + ":6543/mtm?sslmode=require",
                "mtm_opt_out", "eu-west-1", StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY_ID, SECRET)));

        String token = login.getCredentials("rds-iam").get("password");

        assertThat(token).startsWith(PROXY + ":6543/?");
        assertThat(query(token).get("X-Amz-Credential")).contains("/eu-west-1/rds-db/aws4_request");
        assertThat(query(token).get("X-Amz-Signature")).isEqualTo(expectedSignature(token, SECRET));
    }

    @Test
    void aUrlThatCannotBeSignedForIsRefusedAtStart() {
        assertThatThrownBy(() -> new IamDatabaseLogin("postgresql://a:5432,b:5432/mtm", "mtm_opt_out", "us-east-1",
                StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY_ID, SECRET))))
                .hasMessageContaining("one host");
        assertThatThrownBy(() -> new IamDatabaseLogin(URL, " ", "us-east-1",
                StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY_ID, SECRET))))
                .hasMessageContaining("quarkus.datasource.username");
    }

    static Map<String, String> query(String token) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : token.substring(token.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** SigV4 query signing, written out from the specification: canonical request, string to sign, key chain. */
    static String expectedSignature(String token, String secret) throws Exception {
        String hostPort = token.substring(0, token.indexOf('/'));
        Map<String, String> params = new TreeMap<>(query(token));
        String signature = params.remove("X-Amz-Signature");
        assertThat(signature).isNotNull();
        StringBuilder canonicalQuery = new StringBuilder();
        params.forEach((k, v) -> canonicalQuery.append(canonicalQuery.isEmpty() ? "" : "&")
                .append(encode(k)).append('=').append(encode(v)));
        String canonicalRequest = String.join("\n", "GET", "/", canonicalQuery, "host:" + hostPort, "", "host",
                hex(sha256("".getBytes(StandardCharsets.UTF_8))));
        String date = params.get("X-Amz-Date");
        String[] scope = params.get("X-Amz-Credential").split("/", 2)[1].split("/");
        String stringToSign = String.join("\n", "AWS4-HMAC-SHA256", date, String.join("/", scope),
                hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8))));
        byte[] key = ("AWS4" + secret).getBytes(StandardCharsets.UTF_8);
        for (String part : scope) {
            key = hmac(key, part);
        }
        return hex(hmac(key, stringToSign));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
