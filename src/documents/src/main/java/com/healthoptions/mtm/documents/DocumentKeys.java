package com.healthoptions.mtm.documents;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Object keys for the rendered documents, from a random id and a date only: a key shows in bucket
 * listings, access logs and event notifications, so it carries no name, member id, date of birth or NPI.
 * The id is a UUID (the caller stores which CMR or prescriber it stands for), so nothing else can slip in.
 */
public final class DocumentKeys {

  private DocumentKeys() {}

  /**
   * {@code reports/cmr-summaries/<yyyy-mm-dd>/<uuid>.pdf}: one per completed CMR (and version of its items), under
   * the program bucket's output prefix like the TMR letters, dated by the day it was prepared.
   */
  public static String cmrSummary(UUID documentId, LocalDate datePrepared) {
    Objects.requireNonNull(documentId, "documentId");
    return "reports/cmr-summaries/" + datePrepared + "/" + documentId + ".pdf";
  }

  /** {@code reports/tmr/<run date>/prescriber-letters/<uuid>.pdf}: one per prescriber and run. */
  public static String prescriberLetter(UUID letterId, LocalDate runDate) {
    Objects.requireNonNull(letterId, "letterId");
    return "reports/tmr/" + runDate + "/prescriber-letters/" + letterId + ".pdf";
  }
}
