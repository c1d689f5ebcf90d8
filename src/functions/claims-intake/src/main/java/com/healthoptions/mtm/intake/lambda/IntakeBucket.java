package com.healthoptions.mtm.intake.lambda;

import com.healthoptions.mtm.intake.IntakeObject;
import com.healthoptions.mtm.intake.IntakeOutputs;
import com.healthoptions.mtm.intake.ObjectGoneException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.nio.file.Path;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The intake bucket through the S3 API: reads exactly the version an event named, writes outputs beside it. */
@ApplicationScoped
public class IntakeBucket {

    private final S3Client s3;

    public IntakeBucket(S3Client s3) {
        this.s3 = s3;
    }

    public IntakeObject object(String bucket, String key, String versionId, String eTag, String sequencer,
            java.time.Instant eventTime) {
        String version = versionId == null || versionId.isBlank() || versionId.equals("null") ? null : versionId;
        return new IntakeObject(bucket, key, version, eTag, sequencer, eventTime,
                from -> open(bucket, key, version, eTag, from));
    }

    private InputStream open(String bucket, String key, String versionId, String eTag, long from)
            throws ObjectGoneException {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
        if (versionId != null) {
            request.versionId(versionId);
        }
        if (from > 0) {
            request.range("bytes=" + from + "-");
        }
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(request.build());
            if (versionId == null && eTag != null && !unquoted(eTag).equals(unquoted(in.response().eTag()))) {
                in.abort();
                throw new ObjectGoneException("the object's ETag changed since the event");
            }
            return in;
        } catch (NoSuchKeyException e) {
            throw new ObjectGoneException("no such key or version");
        } catch (S3Exception e) {
            if (e.statusCode() == 416) {
                return InputStream.nullInputStream(); // resumed exactly at the end of the object
            }
            if (e.statusCode() == 404) {
                throw new ObjectGoneException("no such key or version");
            }
            throw e;
        }
    }

    public IntakeOutputs outputs(String bucket) {
        return new IntakeOutputs() {
            @Override
            public void put(String key, String contentType, byte[] body) {
                s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).build(),
                        RequestBody.fromBytes(body));
            }

            @Override
            public void put(String key, String contentType, Path file) {
                s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).build(),
                        RequestBody.fromFile(file));
            }
        };
    }

    private static String unquoted(String eTag) {
        return eTag == null ? "" : eTag.replace("\"", "");
    }
}
