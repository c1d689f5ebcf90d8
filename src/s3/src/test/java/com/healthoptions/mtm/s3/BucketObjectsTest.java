package com.healthoptions.mtm.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** What a function writes through the bucket port is what a reader of the bucket gets: body and content type. */
class BucketObjectsTest {

    private static final LocalS3 SERVER = new LocalS3();

    @BeforeAll
    static void start() {
        SERVER.start();
    }

    @AfterAll
    static void stop() {
        SERVER.stop();
    }

    @Test
    void aReportWrittenFromBytesIsReadBackWithItsContentType() {
        var objects = new BucketObjects(LocalS3.s3(), LocalS3.BUCKET);

        objects.put("reports/claims/2026-12-03/batch-1.json", "application/json", "{\"accepted\":3}".getBytes(StandardCharsets.UTF_8));

        ResponseBytes<GetObjectResponse> read = LocalS3.s3()
                .getObjectAsBytes(b -> b.bucket(LocalS3.BUCKET).key("reports/claims/2026-12-03/batch-1.json"));
        assertThat(read.asUtf8String()).isEqualTo("{\"accepted\":3}");
        assertThat(read.response().contentType()).isEqualTo("application/json");
    }

    @Test
    void aLargeOutputWrittenFromAFileArrivesWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("worklist.csv");
        StringBuilder csv = new StringBuilder("member_id,action\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("M").append(i).append(",CMR_OFFER\n");
        }
        Files.writeString(file, csv);
        var objects = new BucketObjects(LocalS3.s3(), LocalS3.BUCKET);

        objects.put("program/worklist/2026-12-03.csv", "text/csv", file);

        assertThat(LocalS3.text("program/worklist/2026-12-03.csv")).isEqualTo(csv.toString());
        assertThat(LocalS3.s3().headObject(b -> b.bucket(LocalS3.BUCKET).key("program/worklist/2026-12-03.csv"))
                .contentType()).isEqualTo("text/csv");
    }
}
