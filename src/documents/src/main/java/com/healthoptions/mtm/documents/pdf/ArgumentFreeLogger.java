package com.healthoptions.mtm.documents.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * openhtmltopdf's diagnostics, logged by message id and level only: their arguments may hold text of the
 * document (the library formats them into its messages), so none reaches a log, whatever the library version.
 */
final class ArgumentFreeLogger implements XRLogger {

  static final String LOGGER_NAME = "com.healthoptions.mtm.documents.pdf";
  private static final Logger LOG = Logger.getLogger(LOGGER_NAME);

  @Override
  public void log(Diagnostic diagnostic) {
    LOG.log(diagnostic.getLevel(), "openhtmltopdf {0} ({1})",
        new Object[] {diagnostic.getLogMessageId().getEnum().name(), diagnostic.getLogMessageId().getWhere()});
  }

  /** Warnings and errors; the library's chatty INFO timings only when this logger's level is set lower. */
  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    var level = diagnostic.getLevel();
    return LOG.isLoggable(level) && (level.intValue() >= Level.WARNING.intValue() || LOG.getLevel() != null);
  }

  // The library reaches these only for messages of its own making (no document text); still, no message text.
  @Override
  public void log(String where, Level level, String msg) {
    LOG.log(level, "openhtmltopdf message from {0}", where);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    LOG.log(level, "openhtmltopdf message from {0}: {1}", new Object[] {where, th.getClass().getName()});
  }

  @Override
  public void setLevel(String logger, Level level) {}
}
