package com.healthoptions.mtm.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates read on the documents: "March 4, 2026" in sentences, "03/04/1948" beside a name. */
public final class DocumentDates {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.US);

  private DocumentDates() {}

  public static String spelled(LocalDate date) {
    return date.format(LONG);
  }

  public static String numeric(LocalDate date) {
    return date.format(SHORT);
  }
}
