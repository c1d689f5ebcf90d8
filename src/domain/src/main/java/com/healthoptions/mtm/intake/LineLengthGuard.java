package com.healthoptions.mtm.intake;

import java.io.InputStream;

/**
 * Fails a read with {@link ContentLimitException} once a line grows past the limit: reference loaders read
 * whole lines, and one endless line would otherwise be held in memory entire.
 */
final class LineLengthGuard extends WatchedStream {

    private final int maxLineBytes;
    private int lineBytes;
    private long line = 1;

    LineLengthGuard(InputStream in, int maxLineBytes) {
        super(in);
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    void seen(byte[] b, int off, int n) throws ContentLimitException {
        for (int i = off; i < off + n; i++) {
            see(b[i]);
        }
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
