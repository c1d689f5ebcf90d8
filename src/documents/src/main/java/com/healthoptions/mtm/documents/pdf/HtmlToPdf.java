package com.healthoptions.mtm.documents.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Well-formed XHTML (from the templates) to PDF bytes: tagged for screen readers (PDF/UA), the bundled
 * DejaVu Sans embedded (subset), nothing fetched from outside. Thread-safe; one renderer per call.
 */
public final class HtmlToPdf {

  /** The one font family the templates name; regular and bold, both bundled (fonts/LICENSE-DejaVu.txt). */
  public static final String FONT_FAMILY = "DejaVu Sans";

  private static final byte[] REGULAR = resource("fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = resource("fonts/DejaVuSans-Bold.ttf");

  static {
    // The library's diagnostics may carry document text as arguments: only their ids reach the log.
    XRLog.setLoggerImpl(new ArgumentFreeLogger());
    // PDFBox writes a font cache on first use; Lambda's home directory is read-only, its /tmp is not.
    if (System.getProperty("pdfbox.fontcache") == null) {
      System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
    }
  }

  private HtmlToPdf() {}

  /** Renders a complete XHTML document (with its title and language) to a PDF. */
  public static byte[] render(String xhtml) {
    var out = new ByteArrayOutputStream(64 * 1024);
    var builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    builder.withProducer("MTM member services");
    builder.useUnicodeLineBreaker(new DateKeepingLineBreaker());
    // No base URI: a template cannot reach a file or the network.
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF could not be written", e);
    }
    return out.toByteArray();
  }

  static byte[] resource(String path) {
    try (InputStream in = HtmlToPdf.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled resource " + path, e);
    }
  }
}
