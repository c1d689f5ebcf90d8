package com.healthoptions.mtm.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

/**
 * One version of one object in the intake bucket, as the event named it, with a way to read its bytes.
 * The file's identity is bucket + key + version: the S3 version id, or the ETag when the bucket is
 * unversioned (same key, same content: same file). {@code sequencer} (S3's hex event order for the key)
 * and {@code eventTime} may be null when the event did not carry them.
 */
public record IntakeObject(String bucket, String key, String versionId, String eTag, String sequencer,
        Instant eventTime, Source source) {

    /** Reads the stored bytes of exactly this version, from a byte offset. */
    @FunctionalInterface
    public interface Source {
        /**
         * @throws ObjectGoneException when this version is no longer there (deleted, or overwritten in an
         *         unversioned bucket)
         */
        InputStream open(long fromByte) throws IOException;
    }

    public IntakeObject {
        // S3 sequencers are hex strings; anything else cannot be ordered and is treated as absent.
        sequencer = sequencer != null && sequencer.matches("[0-9A-Fa-f]{1,64}") ? sequencer.toUpperCase(java.util.Locale.ROOT) : null;
    }

    public String objectVersion() {
        return versionId != null && !versionId.isBlank() ? versionId : "etag:" + eTag;
    }

    public boolean gzipped() {
        return key.endsWith(".gz");
    }

    /**
     * The file's content (gunzipped for {@code .gz} keys) from an offset in that content. A gzip stream
     * that expands more than the limits allow fails with {@link ContentLimitException}.
     */
    InputStream openContent(long fromByte, ContentLimits limits) throws IOException {
        if (!gzipped()) {
            return source.open(fromByte);
        }
        Counting compressed = new Counting(source.open(0));
        InputStream in = new Expansion(new GZIPInputStream(compressed, 1 << 16), compressed, limits);
        in.skipNBytes(fromByte);
        return in;
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends WatchedStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        void seen(byte[] b, int off, int n) {
            count += n;
        }
    }

    /**
     * Stops a decompression bomb: output may not outgrow the compressed input read so far by the ratio. Skipped
     * output (a resumed file's {@code skipNBytes}) is read, so it is counted.
     */
    private static final class Expansion extends WatchedStream {
        private final Counting compressed;
        private final ContentLimits limits;
        private long produced;

        Expansion(InputStream in, Counting compressed, ContentLimits limits) {
            super(in);
            this.compressed = compressed;
            this.limits = limits;
        }

        @Override
        void seen(byte[] b, int off, int n) throws ContentLimitException {
            produced += n;
            if (produced > limits.expansionAllowanceBytes() && produced > limits.maxExpansion() * compressed.count) {
                throw new ContentLimitException("the compressed file expands more than " + limits.maxExpansion()
                        + " times its compressed size (a decompression bomb?)");
            }
        }
    }
}
