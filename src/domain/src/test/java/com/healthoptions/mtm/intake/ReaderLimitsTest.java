package com.healthoptions.mtm.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The reader's limits: a hostile file ends in ContentLimitException, with bounded memory, never an OutOfMemoryError. */
class ReaderLimitsTest {

    private static final ContentLimits LIMITS = new ContentLimits(1024, 16, 8192, 50, 64 * 1024);

    /** An endless stream of one byte: a field or line that never ends. */
    private static InputStream endless(byte b) {
        return new InputStream() {
            @Override
            public int read() {
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                java.util.Arrays.fill(buf, off, off + len, b);
                return len;
            }
        };
    }

    @Test
    void aFieldThatNeverEndsIsRefusedAtTheLimit() {
        CsvRecordReader reader = new CsvRecordReader(endless((byte) 'x'), 0, 0, LIMITS);
        assertThatThrownBy(reader::next).isInstanceOf(ContentLimitException.class)
                .hasMessage("line 1: a field longer than 1024 bytes");
    }

    @Test
    void aQuotedFieldSpanningEndlessLinesIsRefusedToo() throws IOException {
        InputStream in = new java.io.SequenceInputStream(new ByteArrayInputStream("a,b\n\"".getBytes()), endless((byte) '\n'));
        CsvRecordReader reader = new CsvRecordReader(in, 0, 0, LIMITS);
        assertThat(reader.next()).containsExactly("a", "b");
        assertThatThrownBy(reader::next).isInstanceOf(ContentLimitException.class).hasMessageContaining("line 2");
    }

    @Test
    void tooManyFieldsInARowAreRefused() {
        CsvRecordReader reader = new CsvRecordReader(endless((byte) ','), 0, 0, LIMITS);
        assertThatThrownBy(reader::next).isInstanceOf(ContentLimitException.class)
                .hasMessage("line 1: more than 16 fields in a row");
    }

    @Test
    void aRowOfManyFieldsUnderEachFieldLimitIsStillBoundedAsARow() {
        ContentLimits narrow = new ContentLimits(1000, 100, 2000, 50, 0);
        String row = ("x".repeat(900) + ",").repeat(5) + "\n";
        CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(row.getBytes()), 0, 0, narrow);
        assertThatThrownBy(reader::next).isInstanceOf(ContentLimitException.class)
                .hasMessage("line 1: a row longer than 2000 bytes");
    }

    @Test
    void ordinaryRowsUnderTheLimitsReadAsBefore() throws IOException {
        String csv = "a,\"b,\"\"c\"\"\"\n" + "x".repeat(1024) + ",2\n";
        CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(csv.getBytes()), 0, 0, LIMITS);
        assertThat(reader.next()).containsExactly("a", "b,\"c\"");
        assertThat(reader.next()).containsExactly("x".repeat(1024), "2");
        assertThat(reader.next()).isNull();
    }

    @Test
    void aGzipBombIsStoppedByTheExpansionRatio() throws IOException {
        // 64 MB of one byte compresses to about 64 KB: 1000 x, far over the 50 x limit.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                gz.write(block);
            }
        }
        IntakeObject object = new IntakeObject("b", "pharmacy-claims/bomb.csv.gz", null, "e", null, null,
                from -> new ByteArrayInputStream(bomb.toByteArray()));
        try (InputStream in = object.openContent(0, LIMITS)) {
            assertThatThrownBy(() -> in.transferTo(OutputStreamSink.INSTANCE)).isInstanceOf(ContentLimitException.class)
                    .hasMessageContaining("expands more than 50 times");
        }
    }

    @Test
    void anOrdinaryGzipFileExpandsFreely() throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            csv.append("RX-").append(i).append(",M").append(i % 97).append(",2026-01-0").append(1 + i % 9).append('\n');
        }
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(gzipped)) {
            gz.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        IntakeObject object = new IntakeObject("b", "k.csv.gz", null, "e", null, null,
                from -> new ByteArrayInputStream(gzipped.toByteArray()));
        try (InputStream in = object.openContent(0, LIMITS)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv.toString());
        }
    }

    @Test
    void anEndlessLineIsStoppedForTheLineReadingLoaders() {
        InputStream guarded = new LineLengthGuard(new java.io.SequenceInputStream(
                new ByteArrayInputStream("HEADER\n".getBytes()), endless((byte) 'x')), 8192);
        assertThatThrownBy(() -> new java.io.BufferedReader(new java.io.InputStreamReader(guarded)).lines().count())
                .hasRootCauseInstanceOf(ContentLimitException.class).rootCause().hasMessage("line 2: longer than 8192 bytes");
    }

    @Test
    void aSequencerThatIsNotHexCannotOrderVersions() {
        assertThat(new IntakeObject("b", "k", null, "e", "0055AB", null, f -> null).sequencer()).isEqualTo("0055AB");
        assertThat(new IntakeObject("b", "k", null, "e", "00aa", null, f -> null).sequencer()).isEqualTo("00AA");
        assertThat(new IntakeObject("b", "k", null, "e", "'; drop", null, f -> null).sequencer()).isNull();
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
