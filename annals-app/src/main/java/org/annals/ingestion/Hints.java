package org.annals.ingestion;

import org.annals.ingest.FeedHints;
import org.annals.model.Article;

/** Fills what a page lacks from what its feed or news sitemap said about it. */
final class Hints {
  private Hints() {}

  private static String language(String tag) {
    if (tag == null || !tag.strip().matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
      return null;
    }
    String t = java.util.Locale.forLanguageTag(tag.strip().replace('_', '-')).toLanguageTag();
    return t.equals("und") ? null : t;
  }

  static Article apply(Article a, FeedHints h) {
    if (h == null || h.equals(FeedHints.NONE)) {
      return a;
    }
    return new Article(
        a.id(),
        a.source(),
        a.url(),
        a.headline() == null ? h.title() : a.headline(),
        a.section(),
        a.publisher() == null ? h.publisher() : a.publisher(),
        a.authors().isEmpty() ? h.authors() : a.authors(),
        a.published() == null ? h.published() : a.published(),
        a.modified(),
        a.language() == null ? language(h.language()) : a.language(),
        a.paragraphs(),
        a.related(),
        a.warnings());
  }
}
