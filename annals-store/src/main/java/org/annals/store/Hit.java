package org.annals.store;

/**
 * One article found by a search.
 *
 * @param id the article id
 * @param headline the headline, or {@code null}
 * @param published the publication stamp in ISO-8601 as stored, or {@code null}
 * @param score the relevance score (BM25, headline boosted); 0 when no words were searched
 * @param snippet HTML-escaped text of the body with the matched words in {@code <mark>…</mark>};
 *     the first sentences when no word of the body matched
 * @param publisher the publisher, or {@code null}
 * @param section the section, or {@code null}
 * @param storyId the story the article belongs to (the same wire story on several sites shares one)
 */
public record Hit(
    String id,
    String headline,
    String published,
    double score,
    String snippet,
    String publisher,
    String section,
    String storyId) {
  public Hit {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("hit id must not be blank");
    }
    if (storyId == null || storyId.isBlank()) {
      throw new IllegalArgumentException("hit story id must not be blank (article " + id + ")");
    }
    snippet = snippet == null ? "" : snippet;
  }
}
