package org.annals.extract;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.annals.model.Article;
import org.annals.model.RawDocument;
import org.annals.model.Warning;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML pages with jsoup: metadata by {@link HtmlMetadata}, the body by {@link BodyExtractor} (when
 * the HTML gives none: the text in its {@code <noscript>}, then its JSON-LD {@code articleBody} by
 * {@link StructuredBody}, then its own description, each with a warning), the related stories by
 * {@link RelatedLinks}.
 */
final class HtmlArticleExtractor implements ArticleExtractor {
  @Override
  public Article extract(RawDocument doc) {
    TextDecoder.Decoded decoded = TextDecoder.decode(doc, true);
    Draft d = new Draft(doc.source(), doc.warnings());
    decoded.warnings().forEach(d::warn);
    Document page = Jsoup.parse(decoded.text(), doc.url() == null ? "" : doc.url());
    HtmlMetadata.Found found = HtmlMetadata.read(page, doc.url(), d);
    if (page.baseUri().isEmpty() && d.url != null) {
      page.setBaseUri(d.url);
    }
    d.related.addAll(RelatedLinks.find(page));
    Element body = page.body();
    List<String> paragraphs = BodyExtractor.paragraphs(body, d.headline, found.headline());
    paragraphs =
        orElse(
            paragraphs,
            () ->
                body.getElementsByTag("noscript").isEmpty()
                    ? List.of()
                    : withoutScripts(body, d.headline),
            d,
            "body-from-noscript",
            "the page shows its article only to readers without JavaScript (in <noscript>);"
                + " the paragraphs are that text");
    paragraphs =
        orElse(
            paragraphs,
            () -> found.statedBody().map(StructuredBody::paragraphs).orElse(List.of()),
            d,
            "body-from-json-ld",
            "the page's HTML has no article text; the paragraphs are its JSON-LD articleBody,"
                + " which may be only a summary");
    paragraphs =
        orElse(
            paragraphs,
            () ->
                isHomePage(d.url)
                    ? List.of()
                    : found.summary().map(HtmlArticleExtractor::asBody).orElse(List.of()),
            d,
            "body-from-description",
            "the page has no article text (drawn by script, or cut off); the one paragraph is"
                + " the page's own description of the article, its lead at best");
    d.paragraphs.addAll(paragraphs);
    return d.build();
  }

  /**
   * {@code got} when it holds paragraphs, else what {@code next} gives, with a warning saying where
   * they came from when it gives any.
   */
  private static List<String> orElse(
      List<String> got, Supplier<List<String>> next, Draft d, String code, String message) {
    if (!got.isEmpty()) {
      return got;
    }
    List<String> paragraphs = next.get();
    if (!paragraphs.isEmpty()) {
      d.warn(Warning.of(code, message));
    }
    return paragraphs;
  }

  /** A site's front page: its description is the site's, not an article's. */
  private static final Pattern HOME_PAGE = Pattern.compile("(?i)^https?://[^/?#]+/?(?:[?#].*)?$");

  private static boolean isHomePage(String url) {
    return url != null && HOME_PAGE.matcher(url).matches();
  }

  /** The least a description must hold to stand in for a body: a sentence, not a tagline. */
  private static final int MIN_SUMMARY = 80;

  /** A description as the body's one paragraph, when it is long enough to be a sentence. */
  private static List<String> asBody(String summary) {
    String text = String.join(" ", StructuredBody.paragraphs(summary));
    return text.length() >= MIN_SUMMARY ? List.of(text) : List.of();
  }

  /**
   * The article as a browser with scripts off shows it: every {@code <noscript>} in a copy of
   * {@code body} gives way to its content (a blog that renders its posts from a script template and
   * ships the same text in {@code <noscript>} for readers without JavaScript).
   */
  private static List<String> withoutScripts(Element body, String headline) {
    Element copy = body.clone();
    for (Element e : copy.getElementsByTag("noscript")) {
      if (e.parent() != null) {
        e.unwrap();
      }
    }
    return BodyExtractor.paragraphs(copy, headline, null);
  }
}
