package org.annals.extract;

import java.util.List;
import org.annals.model.Article;
import org.annals.model.RawDocument;
import org.annals.model.Warning;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML pages with jsoup: metadata by {@link HtmlMetadata}, the body by {@link BodyExtractor} (by
 * {@link StructuredBody} when the HTML gives none), the related stories by {@link RelatedLinks}.
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
    if (paragraphs.isEmpty() && !body.getElementsByTag("noscript").isEmpty()) {
      paragraphs = withoutScripts(body, d.headline);
      if (!paragraphs.isEmpty()) {
        d.warn(
            Warning.of(
                "body-from-noscript",
                "the page shows its article only to readers without JavaScript (in <noscript>);"
                    + " the paragraphs are that text"));
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs = found.statedBody().map(StructuredBody::paragraphs).orElse(List.of());
      if (!paragraphs.isEmpty()) {
        d.warn(
            Warning.of(
                "body-from-json-ld",
                "the page's HTML has no article text; the paragraphs are its JSON-LD articleBody,"
                    + " which may be only a summary"));
      }
    }
    d.paragraphs.addAll(paragraphs);
    return d.build();
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
