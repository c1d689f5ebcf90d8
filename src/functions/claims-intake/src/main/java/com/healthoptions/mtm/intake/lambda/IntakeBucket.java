package com.healthoptions.mtm.intake.lambda;

import com.healthoptions.mtm.intake.IntakeObject;
import com.healthoptions.mtm.intake.IntakeOutputs;
import com.healthoptions.mtm.intake.ObjectGoneException;
import com.healthoptions.mtm.s3.BucketObjects;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
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
            Long length = in.response().contentLength();
            return length == null ? in : new WholeBody(in, length);
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
        return new BucketObjects(s3, bucket);
    }

    /**
     * Fails a read that ends before the response's Content-Length: a connection cut mid-body must fail the
     * invocation (and be retried), never look like the end of a shorter file.
     */
    private static final class WholeBody extends java.io.FilterInputStream {
        private final long expected;
        private long read;

        WholeBody(InputStream in, long expected) {
            super(in);
            this.expected = expected;
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            if (b < 0) {
                checkComplete();
            } else {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                checkComplete();
            } else {
                read += n;
            }
            return n;
        }

        private void checkComplete() throws java.io.IOException {
            if (read < expected) {
                throw new java.io.EOFException("the object's body ended after " + read + " of " + expected + " bytes");
            }
        }
    }

    private static String unquoted(String eTag) {
        return eTag == null ? "" : eTag.replace("\"", "");
    }
}
