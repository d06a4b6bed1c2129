package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.internal.Urls;
import org.annals.model.Article;
import org.annals.model.ArticleIds;
import org.annals.model.RelatedLink;
import org.annals.model.Timestamp;
import org.annals.model.Warning;

/**
 * An article being put together by an extractor: fields filled as they are found, then {@link
 * #build} gives the validated record with its stable id and, when no language was declared, the
 * detected one.
 */
final class Draft {
  static final int MAX_WARNINGS = 50;

  final String source;
  String url;
  String headline;
  String section;
  String publisher;
  final List<String> authors = new ArrayList<>();
  Timestamp published;
  Timestamp modified;
  String language;
  final List<String> paragraphs = new ArrayList<>();
  final List<RelatedLink> related = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private int dropped;

  Draft(String source, List<Warning> inherited) {
    this.source = source;
    inherited.forEach(this::warn);
  }

  /** Adds a warning, keeping at most {@link #MAX_WARNINGS} and counting the rest. */
  void warn(Warning w) {
    if (warnings.size() < MAX_WARNINGS - 1) {
      warnings.add(w);
    } else {
      dropped++;
    }
  }

  Article build() {
    if (headline == null || headline.isBlank()) {
      warn(Warning.of("no-headline", "no headline was found"));
    }
    if (paragraphs.isEmpty()) {
      warn(Warning.of("no-body", "no body text was found"));
    }
    if (language == null) {
      language =
          Languages.detect(
                  headline == null
                      ? String.join(" ", paragraphs)
                      : headline + ". " + String.join(" ", paragraphs))
              .orElse(null);
    }
    List<Warning> all = new ArrayList<>(warnings);
    if (dropped > 0) {
      all.add(Warning.of("warnings-capped", dropped + " more warnings were not kept"));
    }
    Optional<String> canonical = Urls.canonical(url);
    String id =
        canonical
            .map(ArticleIds::fromUrl)
            .orElseGet(() -> ArticleIds.fromContent(headline, paragraphs));
    return new Article(
        id,
        source,
        canonical.orElse(url),
        headline,
        section,
        publisher,
        dedupe(authors),
        published,
        modified,
        language,
        paragraphs,
        related,
        all);
  }

  private static List<String> dedupe(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (n != null && !n.isBlank() && out.stream().noneMatch(o -> o.equalsIgnoreCase(n.strip()))) {
        out.add(n.strip());
      }
    }
    return out;
  }
}
