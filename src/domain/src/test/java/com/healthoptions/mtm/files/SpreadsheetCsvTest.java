package com.healthoptions.mtm.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The outreach file and the work list open safely in a spreadsheet: a roster value that a spreadsheet would run
 * as a formula (OWASP, CSV injection) arrives as text, quotes and commas survive, the dialler's E.164 number is
 * untouched.
 */
class SpreadsheetCsvTest {

    private static String write(Object... cells) throws IOException {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out, "member_id", "first_name", "last_name", "phone", "due_date", "days")) {
            csv.row(cells);
        }
        return out.toString();
    }

    private static CSVRecord readBack(String file) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(file)).getRecords();
        assertThat(records).hasSize(1);
        return records.getFirst();
    }

    @Test
    void aHeaderAndCrlfRecordsAsRfc4180Has() throws IOException {
        assertThat(write("M1", "Ada", "Lovelace", SpreadsheetCsv.dialable("+13125550101"), LocalDate.of(2026, 12, 3), 4L))
                .isEqualTo("member_id,first_name,last_name,phone,due_date,days\r\nM1,Ada,Lovelace,+13125550101,2026-12-03,4\r\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
        for (String formula : List.of("=HYPERLINK(\"http://evil\",\"Click\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd")) {
            CSVRecord record = readBack(write("M1", formula, "Smith", null, null, null));
            assertThat(record.get("first_name")).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void quotesCommasAndLineBreaksInANameSurviveAsOneCell() throws IOException {
        String file = write("M1", "O'Brien, Jr.", "Smith \"Smitty\"\nSr", null, null, null);
        CSVRecord record = readBack(file);
        assertThat(record.get("first_name")).isEqualTo("O'Brien, Jr.");
        assertThat(record.get("last_name")).isEqualTo("Smith \"Smitty\"\nSr");
        assertThat(file).contains("\"O'Brien, Jr.\"");
    }

    @Test
    void anE164PhoneStaysAsTheDiallerNeedsItAnythingElseIsNeutralised() throws IOException {
        assertThat(readBack(write("M1", "A", "B", SpreadsheetCsv.dialable("+13125550101"), null, null)).get("phone"))
                .isEqualTo("+13125550101");
        assertThat(readBack(write("M1", "A", "B", SpreadsheetCsv.dialable("+1+cmd|' /C calc'!A0"), null, null)).get("phone"))
                .isEqualTo("'+1+cmd|' /C calc'!A0");
    }

    @Test
    void missingValuesAreEmptyCells() throws IOException {
        CSVRecord record = readBack(write("M1", null, null, SpreadsheetCsv.dialable(null), null, null));
        assertThat(record.get("first_name")).isEmpty();
        assertThat(record.get("phone")).isEmpty();
        assertThat(record.get("due_date")).isEmpty();
    }
}
