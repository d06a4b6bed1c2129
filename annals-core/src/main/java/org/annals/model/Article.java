package org.annals.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A news article as extracted from one source: article schema v1 (see {@code
 * docs/article-schema-v1.md}).
 *
 * @param id stable identifier: 16 lower-case hex digits from the canonical URL when known, else
 *     from the headline and text (see {@link ArticleIds})
 * @param source where it was read from (file path, URL, {@code -}, or WARC file{@code #offset})
 * @param url the canonical URL, or {@code null}
 * @param headline the headline, or {@code null} when none was found (a warning says so)
 * @param section the section or desk ("World"), or {@code null}
 * @param publisher the publisher or agency ("Anadolu Agency"), or {@code null}
 * @param authors the authors' names, cleaned of "By", dates, site names and "Staff"
 * @param published first publication, or {@code null}
 * @param modified last modification, or {@code null}
 * @param language BCP-47 tag ("en", "de", "pt-BR"), or {@code null} when it cannot be told
 * @param paragraphs the body, one string per paragraph, heading, list item or block quote
 * @param related related stories the page lists; never part of the body
 * @param warnings what could not be read or placed, with positions
 */
public record Article(
    String id,
    String source,
    String url,
    String headline,
    String section,
    String publisher,
    List<String> authors,
    Timestamp published,
    Timestamp modified,
    String language,
    List<String> paragraphs,
    List<RelatedLink> related,
    List<Warning> warnings) {

  /**
   * The separator between paragraphs in {@link #text()}: character offsets of every later stage
   * (mentions, quotes, events) index that text.
   */
  public static final String PARAGRAPH_SEPARATOR = "\n\n";

  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  public Article {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "article id must be 16 lower-case hex digits, got '" + id + "' (source " + source + ")");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("article source must not be blank (id " + id + ")");
    }
    headline = blankToNull(headline);
    section = blankToNull(section);
    publisher = blankToNull(publisher);
    url = blankToNull(url);
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "article language must be a BCP-47 tag such as 'en' or 'pt-BR', got '" + language + "'");
    }
    authors = stripped(authors, "authors");
    paragraphs = stripped(paragraphs, "paragraphs");
    related = related == null ? List.of() : List.copyOf(related);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** The body as one string: the paragraphs joined by {@link #PARAGRAPH_SEPARATOR}. */
  public String text() {
    return String.join(PARAGRAPH_SEPARATOR, paragraphs);
  }

  /**
   * True when every stamp present carries its UTC offset; false when one is local; {@code null}
   * when there is no stamp.
   */
  public Boolean zoneKnown() {
    if (published == null && modified == null) {
      return null;
    }
    return (published == null || published.zoneKnown())
        && (modified == null || modified.zoneKnown());
  }

  /** A copy with {@code more} warnings appended. */
  public Article withWarnings(List<Warning> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Warning> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new Article(
        id,
        source,
        url,
        headline,
        section,
        publisher,
        authors,
        published,
        modified,
        language,
        paragraphs,
        related,
        all);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static List<String> stripped(List<String> values, String field) {
    if (values == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(values.size());
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException("article " + field + " must not hold blank entries");
      }
      out.add(v.strip());
    }
    return List.copyOf(out);
  }
}
