package com.healthoptions.mtm.intake.lambda;

import com.healthoptions.mtm.s3.S3Clients;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** The test's own view of the intake bucket: uploads files, builds the S3 event, reads what the function wrote. */
final class IntakeTestBucket {

    record Uploaded(String key, String eTag, String versionId) {
    }

    static final S3Client S3 = S3Clients.create(Optional.of(URI.create(S3MockServer.endpoint())), Optional.of("us-east-1"),
            "test", "test");

    private IntakeTestBucket() {
    }

    static Uploaded put(String key, String content) {
        return put(key, content.getBytes(StandardCharsets.UTF_8));
    }

    static Uploaded put(String key, byte[] content) {
        PutObjectResponse r = S3.putObject(b -> b.bucket(S3MockServer.BUCKET).key(key), RequestBody.fromBytes(content));
        return new Uploaded(key, r.eTag().replace("\"", ""), r.versionId());
    }

    static byte[] gzip(String content) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(content.getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void enableVersioning() {
        S3.putBucketVersioning(b -> b.bucket(S3MockServer.BUCKET).versioningConfiguration(v -> v.status("Enabled")));
    }

    static void suspendVersioning() {
        S3.putBucketVersioning(b -> b.bucket(S3MockServer.BUCKET).versioningConfiguration(v -> v.status("Suspended")));
    }

    /** The S3 ObjectCreated event for uploaded objects, keys URL-encoded as S3 sends them. */
    static String event(Uploaded... objects) {
        return event("0A1B2C3D4E5F678901", "2026-06-30T17:00:00.000Z", objects);
    }

    /** The same with a given S3 sequencer and event time. */
    static String event(String sequencer, String eventTime, Uploaded... objects) {
        List<String> records = new ArrayList<>();
        for (Uploaded o : objects) {
            records.add(record(encodeKey(o.key()), o.eTag(), o.versionId(), sequencer, eventTime));
        }
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    /** One record; {@code encodedKey} exactly as it goes into the JSON (so a test can forge it). */
    static String record(String encodedKey, String eTag, String versionId, String sequencer, String eventTime) {
        String version = versionId == null ? "" : ",\"versionId\":\"" + versionId + "\"";
        return """
                    {"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
                     "eventTime":"%s","eventName":"ObjectCreated:Put",
                     "userIdentity":{"principalId":"AWS:EXAMPLE"},"requestParameters":{"sourceIPAddress":"127.0.0.1"},
                     "responseElements":{"x-amz-request-id":"EXAMPLE","x-amz-id-2":"EXAMPLE"},
                     "s3":{"s3SchemaVersion":"1.0","configurationId":"intake",
                           "bucket":{"name":"%s","ownerIdentity":{"principalId":"EXAMPLE"},"arn":"arn:aws:s3:::%s"},
                           "object":{"key":"%s","size":1,"eTag":"%s"%s,"sequencer":"%s"}}}"""
                    .formatted(eventTime, S3MockServer.BUCKET, S3MockServer.BUCKET, encodedKey, eTag, version, sequencer);
    }

    /** As S3 encodes keys in events: each segment form-encoded (space becomes '+'), slashes kept. */
    static String encodeKey(String key) {
        List<String> parts = new ArrayList<>();
        for (String segment : key.split("/", -1)) {
            parts.add(URLEncoder.encode(segment, StandardCharsets.UTF_8));
        }
        return String.join("/", parts);
    }

    static String text(String key) {
        return S3.getObjectAsBytes(b -> b.bucket(S3MockServer.BUCKET).key(key)).asUtf8String();
    }

    /** The latest report written for any version of {@code inputKey} (each version has its own). */
    static JsonObject report(String inputKey) {
        return new JsonObject(text(reportKeys(inputKey).getLast()));
    }

    /** The report of exactly this uploaded version. */
    static JsonObject report(Uploaded file) {
        String version = file.versionId() != null ? file.versionId() : "etag-" + file.eTag();
        return new JsonObject(text("reports/" + file.key() + "/" + version + ".json"));
    }

    /** Report keys for the versions of {@code inputKey}, oldest write first. */
    static List<String> reportKeys(String inputKey) {
        return S3.listObjectsV2(b -> b.bucket(S3MockServer.BUCKET).prefix("reports/" + inputKey + "/")).contents()
                .stream().sorted(java.util.Comparator.comparing(software.amazon.awssdk.services.s3.model.S3Object::lastModified))
                .map(software.amazon.awssdk.services.s3.model.S3Object::key).toList();
    }

    static boolean exists(String key) {
        try {
            S3.headObject(b -> b.bucket(S3MockServer.BUCKET).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }
}
