package com.healthoptions.mtm.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * One version of one object in the intake bucket, as the event named it, with a way to read its bytes.
 * The file's identity is bucket + key + version: the S3 version id, or the ETag when the bucket is
 * unversioned (same key, same content: same file).
 */
public record IntakeObject(String bucket, String key, String versionId, String eTag, Source source) {

    /** Reads the stored bytes of exactly this version, from a byte offset. */
    @FunctionalInterface
    public interface Source {
        /**
         * @throws ObjectGoneException when this version is no longer there (deleted, or overwritten in an
         *         unversioned bucket)
         */
        InputStream open(long fromByte) throws IOException;
    }

    public String objectVersion() {
        return versionId != null && !versionId.isBlank() ? versionId : "etag:" + eTag;
    }

    public boolean gzipped() {
        return key.endsWith(".gz");
    }

    /** The file's content (gunzipped for {@code .gz} keys) from an offset in that content. */
    InputStream openContent(long fromByte) throws IOException {
        if (!gzipped()) {
            return source.open(fromByte);
        }
        InputStream in = new GZIPInputStream(source.open(0), 1 << 16);
        in.skipNBytes(fromByte);
        return in;
    }
}
