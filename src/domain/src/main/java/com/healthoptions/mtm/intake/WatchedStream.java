package com.healthoptions.mtm.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that shows every byte read through it to {@link #seen}; a skip reads, so skipped bytes are seen too. */
abstract class WatchedStream extends FilterInputStream {

    private final byte[] one = new byte[1];

    WatchedStream(InputStream in) {
        super(in);
    }

    /** The next {@code n} bytes read, at {@code b[off]}; may fail the read. */
    abstract void seen(byte[] b, int off, int n) throws IOException;

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            one[0] = (byte) b;
            seen(one, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            seen(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 1 << 16)];
        int r = read(sink, 0, sink.length);
        return Math.max(r, 0);
    }
}
