package com.healthoptions.mtm.documents.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaks at spaces (and after a hyphen between letters, "follow-|up"), never inside "09/30/2026",
 * "1-866-352-5305" or "p.m.": openhtmltopdf's default breaker takes every slash as a break (for URLs), and
 * the JDK's takes a full stop before a letter as one, which split dates and times across lines. A word too long
 * for its line still wraps (CSS {@code word-wrap: break-word}).
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
    while (at != BreakIterator.DONE && !allowed(at)) {
      at = words.next();
    }
    return at;
  }

  private boolean allowed(int at) {
    if (at <= 0 || at >= text.length()) {
      return true;
    }
    char before = text.charAt(at - 1);
    if (Character.isWhitespace(before)) {
      return true;
    }
    return before == '-' && at >= 2 && Character.isLetter(text.charAt(at - 2)) && Character.isLetter(text.charAt(at));
  }
}
