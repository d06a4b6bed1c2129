package org.annals.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.annals.model.Article;
import org.annals.model.ArticleIds;
import org.annals.model.Timestamp;

/** Articles written for the tests (our own words), and provenance for them. */
final class TestArticles {
  static final Instant T0 = Instant.parse("2024-07-04T10:00:00Z");

  /** A wire story of about ninety words, written for these tests. */
  static final String WIRE =
      "The harbour authority of Port Ellery approved on Tuesday a plan to deepen the northern channel"
          + " so that larger grain ships can dock, ending a dispute that had kept two shipping firms and"
          + " the city council apart for most of the year. The council voted eleven to four in favour after"
          + " the authority agreed to pay for a survey of the seabed and to limit dredging to the winter"
          + " months, when fewer fish spawn in the bay. Work is expected to start in November and to take"
          + " about three years, officials said, at a cost still to be agreed with the regional government.";

  private TestArticles() {}

  static Article article(
      String publisher,
      String slug,
      String headline,
      String section,
      String published,
      String... paragraphs) {
    String url =
        "https://" + publisher.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + slug;
    return new Article(
        ArticleIds.fromUrl(url),
        url,
        url,
        headline,
        section,
        publisher,
        List.of("A. Writer"),
        published == null ? null : Timestamp.parse(published),
        null,
        "en",
        List.of(paragraphs),
        List.of(),
        List.of());
  }

  static Article withLanguage(Article a, String language) {
    return copy(a, a.source(), a.modified(), language, a.paragraphs());
  }

  static Article withModified(Article a, String modified) {
    return copy(a, a.source(), Timestamp.parse(modified), a.language(), a.paragraphs());
  }

  static Article withParagraphs(Article a, String... paragraphs) {
    return copy(a, a.source(), a.modified(), a.language(), List.of(paragraphs));
  }

  static Article withSource(Article a, String source) {
    return copy(a, source, a.modified(), a.language(), a.paragraphs());
  }

  private static Article copy(
      Article a, String source, Timestamp modified, String language, List<String> paragraphs) {
    return new Article(
        a.id(),
        source,
        a.url(),
        a.headline(),
        a.section(),
        a.publisher(),
        a.authors(),
        a.published(),
        modified,
        language,
        paragraphs,
        a.related(),
        a.warnings());
  }

  static Provenance from(String source) {
    return new Provenance(source, "test:" + source, T0);
  }

  static Provenance from(String source, Instant at) {
    return new Provenance(source, "test:" + source, at);
  }
}
