package com.healthoptions.mtm.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails a read with {@link ContentLimitException} once a line grows past the limit: reference loaders read
 * whole lines, and one endless line would otherwise be held in memory entire.
 */
final class LineLengthGuard extends FilterInputStream {

    private final int maxLineBytes;
    private int lineBytes;
    private long line = 1;

    LineLengthGuard(InputStream in, int maxLineBytes) {
        super(in);
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        for (int i = 0; i < n; i++) {
            see(b[off + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 1 << 16)];
        int r = read(sink, 0, sink.length);
        return Math.max(r, 0);
    }

    private void see(byte b) throws ContentLimitException {
        if (b == '\n') {
            line++;
            lineBytes = 0;
        } else if (++lineBytes > maxLineBytes) {
            throw new ContentLimitException("line " + line + ": longer than " + maxLineBytes + " bytes");
        }
    }
}
