package com.healthoptions.mtm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the intake writes: one report key per version, always a valid S3 key (outreach cells: SpreadsheetCsvTest). */
class OutputsTest {

    @Test
    void eachVersionHasItsOwnReportKey() {
        assertThat(ClaimsIntake.reportKey("members/roster.csv", "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"))
                .isEqualTo("reports/members/roster.csv/3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY.json");
        assertThat(ClaimsIntake.reportKey("members/roster.csv", "etag:9b2cf535f27731c974343645a3985328"))
                .isEqualTo("reports/members/roster.csv/etag-9b2cf535f27731c974343645a3985328.json");
        assertThat(ClaimsIntake.reportKey("members/roster.csv", "v1")).isNotEqualTo(ClaimsIntake.reportKey("members/roster.csv", "v2"));
    }

    @Test
    void aReportKeyThatWouldPassS3sLimitIsHashed() {
        String longKey = "members/" + "é".repeat(500) + ".csv"; // 1,012 bytes: within S3's limit as an input key
        assertThat(longKey.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
        String report = ClaimsIntake.reportKey(longKey, "v1");
        assertThat(report).matches("reports/hashed/[0-9a-f]{64}/v1\\.json");
        assertThat(report.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
        assertThat(ClaimsIntake.reportKey(longKey + "x", "v1")).isNotEqualTo(report);
    }

    @Test
    void aVersionIdWithUnexpectedCharactersIsHashedNotCopied() {
        assertThat(ClaimsIntake.reportKey("dmp/a.csv", "../../x")).matches("reports/dmp/a.csv/[0-9a-f]{64}\\.json");
    }
}
