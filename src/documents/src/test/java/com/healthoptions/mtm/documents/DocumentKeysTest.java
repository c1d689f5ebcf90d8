package com.healthoptions.mtm.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Object keys show in listings and logs: a random id and a date, nothing of the member or prescriber. */
class DocumentKeysTest {

  private static final UUID ID = UUID.fromString("5f0c2a7e-9b1d-4c3e-8a6f-2d4b7e9c1a03");

  @Test
  void aCmrSummaryKeyIsTheDatePreparedAndTheDocumentIdOnly() {
    assertThat(DocumentKeys.cmrSummary(ID, LocalDate.of(2026, 11, 20)))
        .isEqualTo("reports/cmr-summaries/2026-11-20/5f0c2a7e-9b1d-4c3e-8a6f-2d4b7e9c1a03.pdf");
  }

  @Test
  void aPrescriberLetterKeyIsTheRunDateAndTheLetterIdOnly() {
    assertThat(DocumentKeys.prescriberLetter(ID, LocalDate.of(2026, 10, 15)))
        .isEqualTo("reports/tmr/2026-10-15/prescriber-letters/5f0c2a7e-9b1d-4c3e-8a6f-2d4b7e9c1a03.pdf");
  }

  @Test
  void aKeyNeedsAnId() {
    assertThatThrownBy(() -> DocumentKeys.cmrSummary(null, LocalDate.of(2026, 11, 20)))
        .isInstanceOf(NullPointerException.class).hasMessage("documentId");
  }
}
