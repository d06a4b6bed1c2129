package org.annals.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.annals.model.RawDocument;

/** The extractors, by {@link Format}. Each is stateless and thread-safe; share one per JVM. */
public final class Extractors {
  private static final ArticleExtractor SCRAPED = new ScrapedTextExtractor();
  private static final ArticleExtractor HTML = new HtmlArticleExtractor();
  private static final ArticleExtractor TEXT = new PlainTextExtractor();
  private static final ArticleExtractor AUTO = doc -> of(detect(doc)).extract(doc);
  private static final Pattern HTML_START =
      Pattern.compile(
          "(?is)^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|div|article|p\\b|section|link|script)");
  private static final Pattern SCRAPED_HEADER =
      Pattern.compile("(?s)^\\s*[^\\n]+\\n(?:\\s*\\n)*\\s*- [^\\n]+\\n");

  private Extractors() {}

  /** The extractor for {@code format}; {@link Format#AUTO} detects each input's format. */
  public static ArticleExtractor of(Format format) {
    return switch (format) {
      case AUTO -> AUTO;
      case SCRAPED -> SCRAPED;
      case HTML -> HTML;
      case TEXT -> TEXT;
    };
  }

  /**
   * The format of {@code doc}: HTML by content type, file name or markup at the start; scraped text
   * when the second non-blank line is a {@code - } metadata line; plain text otherwise.
   */
  public static Format detect(RawDocument doc) {
    String type = doc.contentType() == null ? "" : doc.contentType().toLowerCase(Locale.ROOT);
    String name = doc.source().toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
    if (type.contains("html")
        || name.endsWith(".html")
        || name.endsWith(".htm")
        || name.endsWith(".xhtml")) {
      return Format.HTML;
    }
    String head = TextDecoder.head(doc.content(), 4096);
    if (HTML_START.matcher(head).find()) {
      return Format.HTML;
    }
    if (SCRAPED_HEADER.matcher(head).find()) {
      return Format.SCRAPED;
    }
    return Format.TEXT;
  }
}
