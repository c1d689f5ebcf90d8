package com.healthoptions.mtm.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.documents.SampleDocuments;
import com.healthoptions.mtm.documents.cmr.CmrSummary.Medication;
import com.healthoptions.mtm.documents.cmr.CmrSummaryDocument;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetterDocument;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Rendering logs no name, date of birth, address or member id, even where the library has something to say. */
class NoPhiInLogsTest {

  @Test
  void theRenderersLogNeitherTheMembersNameNorDateOfBirthNorAddress() {
    // A name with characters the bundled font lacks makes the library warn about that very text.
    var name = "Zhāng 漢字 O'Brien";
    var summary = SampleDocuments.cmrSummary(name, List.of(new Medication("Metformin 漢 500 mg", null, null, null,
        LocalDate.of(2020, 1, 1), null, null)));
    var records = new ArrayList<String>();
    var handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        var message = record.getParameters() == null ? record.getMessage()
            : MessageFormat.format(record.getMessage(), record.getParameters());
        records.add(record.getLoggerName() + " " + record.getLevel() + " " + message
            + (record.getThrown() == null ? "" : " " + record.getThrown()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    var root = Logger.getLogger("");
    var ours = Logger.getLogger(ArgumentFreeLogger.LOGGER_NAME);
    var rootLevel = root.getLevel();
    root.addHandler(handler);
    root.setLevel(Level.ALL);
    ours.setLevel(Level.ALL);
    try {
      CmrSummaryDocument.render(summary);
      PrescriberLetterDocument.render(SampleDocuments.prescriberLetter());
    } finally {
      root.removeHandler(handler);
      root.setLevel(rootLevel);
      ours.setLevel(null);
    }
    assertThat(records).as("the capture works: the renderer's diagnostics arrive").isNotEmpty()
        .anySatisfy(line -> assertThat(line).startsWith(ArgumentFreeLogger.LOGGER_NAME));
    assertThat(String.join("\n", records))
        .doesNotContain("漢").doesNotContain("Zhāng").doesNotContain("O'Brien")
        .doesNotContain("Margaret").doesNotContain("Delgado").doesNotContain("Kowalski")
        .doesNotContain("03/14/1948").doesNotContain("1948-03-14").doesNotContain("March 14, 1948")
        .doesNotContain("Juniper").doesNotContain("62704")
        .doesNotContain("1EG4TE5MK73").doesNotContain("Metformin");
  }
}
