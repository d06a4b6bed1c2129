package org.annals.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A search: words to find, optional filters, and the page of results wanted.
 *
 * <p>The text uses the familiar syntax ({@code "exact phrase"}, {@code AND}, {@code OR}, {@code
 * NOT}, {@code -word}, {@code word*}, {@code headline:word}); text that does not parse is searched
 * as plain words instead, so any text a person types gives results or none, never an error.
 *
 * @param text the words, or {@code null}/blank for every article (newest first)
 * @param from first day of publication (inclusive), or {@code null}
 * @param to last day of publication (inclusive), or {@code null}
 * @param section the section, matched exactly but ignoring case, or {@code null}
 * @param publisher the publisher, matched exactly but ignoring case, or {@code null}
 * @param actor a CAMEO-style actor code among the article's entities ({@code RUSGOV}); a country's
 *     three letters also find its bodies ({@code RUS} finds {@code RUSGOV}); or {@code null}
 * @param limit how many hits to return, 1 to {@value #MAX_LIMIT}
 * @param offset how many hits to skip (paging), 0 or more; offset + limit at most {@value
 *     #MAX_DEPTH}
 */
public record SearchQuery(
    String text,
    LocalDate from,
    LocalDate to,
    String section,
    String publisher,
    String actor,
    int limit,
    int offset) {
  /** The most hits one page may hold. */
  public static final int MAX_LIMIT = 1000;

  /** How deep paging may go (offset + limit). */
  public static final int MAX_DEPTH = 10_000;

  /** The longest query text accepted, in characters. */
  public static final int MAX_TEXT = 1000;

  public SearchQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "search limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0 || (long) offset + limit > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "search offset must be 0 or more with offset + limit at most "
              + MAX_DEPTH
              + ", got offset "
              + offset
              + " and limit "
              + limit
              + "; narrow the search instead of paging so deep");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "search date range is empty: from "
              + from
              + " is after to "
              + to
              + "; swap the two dates");
    }
    if (text != null && text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "search text is "
              + text.length()
              + " characters long; at most "
              + MAX_TEXT
              + " are accepted");
    }
    text = text == null || text.isBlank() ? null : text.strip();
    section = section == null || section.isBlank() ? null : section.strip();
    publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
    actor = actor == null || actor.isBlank() ? null : actor.strip().toUpperCase(Locale.ROOT);
  }

  /** A search without an actor filter. */
  public SearchQuery(
      String text,
      LocalDate from,
      LocalDate to,
      String section,
      String publisher,
      int limit,
      int offset) {
    this(text, from, to, section, publisher, null, limit, offset);
  }

  /** A search for {@code text} over everything, first {@code limit} hits. */
  public static SearchQuery of(String text, int limit) {
    return new SearchQuery(text, null, null, null, null, limit, 0);
  }
}
