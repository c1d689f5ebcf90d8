package com.healthoptions.mtm.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams RFC 4180 records (UTF-8, comma, double-quote quoting, CRLF or LF) from bytes, keeping the
 * byte offset and physical line number so a half-read file can be resumed from a checkpoint. Blank
 * lines are skipped. A record with broken quoting is still returned, flagged {@link #malformed()}.
 *
 * <p>Bounded whatever the input: a field longer than {@code maxFieldBytes}, a row of more than
 * {@code maxFields} fields or {@code maxRecordBytes} bytes ends the read with {@link ContentLimitException}
 * (the file is rejected), never with a buffer that grows until the heap is gone.
 */
final class CsvRecordReader {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    /** Absolute offset of buffer[0] in the (uncompressed) stream. */
    private long bufferStart;
    private long linesConsumed;
    private long recordLine;
    private boolean malformed;
    private byte[] field = new byte[256];
    private int fieldLength;
    private final List<String> fields = new ArrayList<>();
    private final int maxFieldBytes;
    private final int maxFields;
    private final int maxRecordBytes;
    private int recordBytes;

    /**
     * @param in positioned at {@code startByte} of the file, at the start of a record
     * @param linesBefore physical lines before {@code startByte} (so the next record's line is linesBefore + 1)
     */
    CsvRecordReader(InputStream in, long startByte, long linesBefore, ContentLimits limits) {
        this.in = in;
        this.maxFieldBytes = limits.maxFieldBytes();
        this.maxFields = limits.maxFields();
        this.maxRecordBytes = limits.maxLineBytes();
        this.bufferStart = startByte;
        this.linesConsumed = linesBefore;
    }

    /** The next record's fields, or null at the end of the stream. */
    String[] next() throws IOException {
        int b;
        do {
            b = read();
            if (b == -1) {
                return null;
            }
            if (b == '\r' && peek() == '\n') {
                b = read();
            }
            if (b == '\n' || b == '\r') {
                linesConsumed++;
            }
        } while (b == '\n' || b == '\r');
        fields.clear();
        malformed = false;
        recordLine = linesConsumed + 1;
        fieldLength = 0;
        recordBytes = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStart = true;
        while (true) {
            if (quoted) {
                if (b == -1) {
                    malformed = true;
                    endField();
                    return record();
                }
                if (b == '"') {
                    if (peek() == '"') {
                        read();
                        append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (b == '\n') {
                        linesConsumed++;
                    }
                    append(b);
                }
            } else if (b == ',') {
                endField();
                fieldStart = true;
                afterQuote = false;
                b = read();
                continue;
            } else if (b == '\n' || b == '\r' || b == -1) {
                if (b == '\r' && peek() == '\n') {
                    read();
                }
                if (b != -1) {
                    linesConsumed++;
                }
                endField();
                return record();
            } else if (b == '"' && fieldStart) {
                quoted = true;
            } else {
                if (b == '"' || afterQuote) {
                    malformed = true;
                }
                append(b);
            }
            fieldStart = false;
            b = read();
        }
    }

    /** Physical line (1-based) on which the last returned record started. */
    long recordLine() {
        return recordLine;
    }

    /** Physical lines fully consumed so far. */
    long linesConsumed() {
        return linesConsumed;
    }

    /** Bytes consumed so far: the offset where the next record starts. */
    long position() {
        return bufferStart + pos;
    }

    boolean malformed() {
        return malformed;
    }

    private String[] record() {
        return fields.toArray(String[]::new);
    }

    private void endField() throws ContentLimitException {
        if (fields.size() == maxFields) {
            throw new ContentLimitException("line " + recordLine + ": more than " + maxFields + " fields in a row");
        }
        fields.add(fieldLength == 0 ? "" : new String(field, 0, fieldLength, StandardCharsets.UTF_8));
        fieldLength = 0;
    }

    private void append(int b) throws ContentLimitException {
        if (fieldLength == maxFieldBytes) {
            throw new ContentLimitException("line " + recordLine + ": a field longer than " + maxFieldBytes + " bytes");
        }
        if (++recordBytes > maxRecordBytes) {
            throw new ContentLimitException("line " + recordLine + ": a row longer than " + maxRecordBytes + " bytes");
        }
        if (fieldLength == field.length) {
            field = Arrays.copyOf(field, Math.min(field.length * 2, maxFieldBytes));
        }
        field[fieldLength++] = (byte) b;
    }

    private int read() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buffer[pos++] & 0xff;
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buffer[pos] & 0xff;
    }

    private boolean fill() throws IOException {
        bufferStart += limit;
        pos = 0;
        limit = 0;
        int n = in.readNBytes(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        limit = n;
        return true;
    }
}
