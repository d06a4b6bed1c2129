package org.annals.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * One test page and its ground truth. A field is {@code null} (a list empty, for the segments) when
 * the set does not annotate it for this page.
 *
 * @param id the page's id in its set (the ground-truth key, file or folder name)
 * @param page the gzip-compressed HTML file
 * @param url the page URL the extractor is given
 * @param contentType the content type the extractor is given
 * @param body the true article body, paragraphs separated by blank lines
 * @param with segments that must appear in the body
 * @param without segments that must not appear in the body
 * @param headline the true headline
 * @param authors the true author names (empty when the page has none)
 * @param byline the expected byline as one string (Readability only)
 * @param date the true publication day, {@code YYYY-MM-DD} when well-formed
 * @param lang the expected language tag
 */
public record GoldPage(
    String id,
    Path page,
    String url,
    String contentType,
    String body,
    List<String> with,
    List<String> without,
    String headline,
    List<String> authors,
    String byline,
    String date,
    String lang) {
  public GoldPage {
    if (id == null || id.isBlank() || page == null) {
      throw new IllegalArgumentException(
          "gold page needs an id and a page file, got " + id + " / " + page);
    }
    with = with == null ? List.of() : List.copyOf(with);
    without = without == null ? List.of() : List.copyOf(without);
    authors = authors == null ? null : List.copyOf(authors);
  }

  /** This page with {@code other} as its body truth (null: none), its other truths unchanged. */
  public GoldPage withBody(String other) {
    return new GoldPage(
        id, page, url, contentType, other, with, without, headline, authors, byline, date, lang);
  }
}
