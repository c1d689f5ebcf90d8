package com.healthoptions.mtm.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.documents.cmr.CmrSummaryDocument;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetterDocument;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Page images of the sample documents, as PDFBox renders them (no external rasterizer), for people to look at:
 * into target/samples by default, into src/documents/samples with scripts/render-documents (the README's images).
 */
class SampleImagesTest {

  private static final int DPI = 100;
  private static final Path DIRECTORY = Path.of(System.getProperty("mtm.documents.samples.dir", "target/samples"));

  @Test
  void theCmrSummaryPagesRenderAsLetterSizeImagesWithInk() throws IOException {
    try (var pages = new PdfPages(CmrSummaryDocument.render(SampleDocuments.cmrSummary()))) {
      var cover = pages.writePng(DIRECTORY, "cmr-summary", pages.count(), DPI);
      assertThat(cover).hasSize(pages.count());
      assertLetterPageWithText(cover.getFirst());
    }
  }

  @Test
  void thePrescriberLetterPagesRenderAsLetterSizeImagesWithInk() throws IOException {
    try (var pages = new PdfPages(PrescriberLetterDocument.render(SampleDocuments.prescriberLetter()))) {
      var written = pages.writePng(DIRECTORY, "prescriber-letter", pages.count(), DPI);
      assertThat(written).hasSize(pages.count());
      assertLetterPageWithText(written.getFirst());
    }
  }

  /** 8.5 x 11 in at 100 dpi, and a fair share of dark pixels (a blank or clipped render has almost none). */
  private static void assertLetterPageWithText(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isBetween(849, 850);
    assertThat(image.getHeight()).isBetween(1099, 1100);
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xff) < 96) {
          dark++;
        }
      }
    }
    assertThat(dark).as("dark pixels on %s", png).isBetween(10_000L, 200_000L);
  }
}
