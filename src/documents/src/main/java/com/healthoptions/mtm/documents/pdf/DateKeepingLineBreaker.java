package com.healthoptions.mtm.documents.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaks at the JDK's word boundaries for English, never inside "09/30/2026" or "1-866-352-5305":
 * openhtmltopdf's default breaker treats every slash as a break (for URLs), which split dates across lines.
 */
final class DateKeepingLineBreaker implements FSTextBreaker {

  private final BreakIterator words = BreakIterator.getLineInstance(Locale.US);
  private String text = "";

  @Override
  public void setText(String newText) {
    text = newText;
    words.setText(newText);
  }

  @Override
  public int next() {
    int at = words.next();
    while (at != BreakIterator.DONE && insideNumber(at)) {
      at = words.next();
    }
    return at;
  }

  /** A break right after a slash or hyphen that joins two digits. */
  private boolean insideNumber(int at) {
    if (at < 2 || at >= text.length()) {
      return false;
    }
    char joiner = text.charAt(at - 1);
    return (joiner == '/' || joiner == '-') && Character.isDigit(text.charAt(at - 2)) && Character.isDigit(text.charAt(at));
  }
}
