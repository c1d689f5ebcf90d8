package com.healthoptions.mtm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the intake writes: outreach cells safe in a spreadsheet, one report key per version, always a valid S3 key. */
class OutputsTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertThat(ClaimsIntake.cell("=HYPERLINK(\"http://evil\",\"Click\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"Click\"\")\"");
        assertThat(ClaimsIntake.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(ClaimsIntake.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(ClaimsIntake.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ClaimsIntake.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(ClaimsIntake.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(ClaimsIntake.cell("Ada")).isEqualTo("Ada");
        assertThat(ClaimsIntake.cell("O'Brien, Jr.")).isEqualTo("\"O'Brien, Jr.\"");
        assertThat(ClaimsIntake.cell(null)).isEmpty();
    }

    @Test
    void anE164PhoneStaysAsTheDiallerNeedsItAnythingElseIsNeutralised() {
        assertThat(ClaimsIntake.phoneCell("+13125550101")).isEqualTo("+13125550101");
        assertThat(ClaimsIntake.phoneCell("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
    }

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
