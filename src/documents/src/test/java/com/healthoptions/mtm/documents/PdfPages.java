package com.healthoptions.mtm.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A rendered PDF read back the way a reader meets it: text page by page, glyph sizes, page images. */
public final class PdfPages implements AutoCloseable {

  private final PDDocument document;

  public PdfPages(byte[] pdf) {
    try {
      this.document = Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException("Not a readable PDF", e);
    }
  }

  public PDDocument document() {
    return document;
  }

  public int count() {
    return document.getNumberOfPages();
  }

  /** The text of page {@code n} (1-based), in reading order, lines joined by single spaces. */
  public String text(int n) {
    try {
      var stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(n);
      stripper.setEndPage(n);
      return stripper.getText(document).replaceAll("[\\s\\u00A0]+", " ").trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every page's text in order, joined. */
  public String text() {
    var all = new StringBuilder();
    for (int n = 1; n <= count(); n++) {
      all.append(text(n)).append(' ');
    }
    return all.toString().trim();
  }

  /**
   * The smallest font size, in points, of any glyph on any page (what the eye has to read): the size the
   * text operator sets (openhtmltopdf draws without scaling the text matrix; PDFBox's own "in pt" rounds down).
   */
  public float smallestGlyphPoints() {
    var sizes = new ArrayList<Float>();
    try {
      var stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (var position : positions) {
            if (!position.getUnicode().isBlank()) {
              sizes.add(position.getFontSize());
            }
          }
        }
      };
      stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sizes.stream().min(Float::compare).orElseThrow();
  }

  /** Writes pages {@code 1..pages} as grey PNGs at {@code dpi}, named {@code <prefix>-page-<n>.png}. */
  public List<Path> writePng(Path directory, String prefix, int pages, int dpi) {
    try {
      Files.createDirectories(directory);
      var renderer = new PDFRenderer(document);
      var written = new ArrayList<Path>();
      for (int i = 0; i < Math.min(pages, count()); i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
        var file = directory.resolve(prefix + "-page-" + (i + 1) + ".png");
        ImageIO.write(image, "png", file.toFile());
        written.add(file);
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
