package com.healthoptions.mtm.documents.pdf;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The Qute templates under {@code templates/} (classpath), parsed once. Every {@code {expression}} is
 * HTML-escaped; the data is maps and lists only (no reflection, so nothing to register for a native image).
 * Rendering is strict: a name the data does not hold fails the render instead of printing nothing.
 */
public final class Templates {

  private static final Engine ENGINE = Engine.builder()
      .addDefaults()
      .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
      .strictRendering(true)
      .build();

  private static final RawString STYLES = new RawString(new String(HtmlToPdf.resource("templates/large-print.css"), StandardCharsets.UTF_8));

  private Templates() {}

  /** Parses {@code templates/<name>} as HTML. */
  public static Template load(String name) {
    var source = new String(HtmlToPdf.resource("templates/" + name), StandardCharsets.UTF_8);
    return ENGINE.parse(source, Variant.forContentType(Variant.TEXT_HTML), name);
  }

  /** Renders a template with its data plus the shared style sheet ({@code styles}, our own file, inserted unescaped). */
  public static String render(Template template, Map<String, Object> data) {
    var instance = template.instance();
    data.forEach(instance::data);
    instance.data("styles", STYLES);
    return instance.render();
  }
}
