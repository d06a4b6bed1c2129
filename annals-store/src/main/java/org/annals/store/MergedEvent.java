package org.annals.store;

import java.util.List;
import org.annals.internal.Preconditions;

/**
 * One event as reported across articles: the mentions of the same dyad, the same CAMEO root (or
 * occurrence type) and the same place within a day of each other. Reprints of one story count once
 * in {@code numArticles}, {@code numSources} and {@code numMentions}.
 *
 * @param id a stable id (the same mentions give the same id in every run)
 * @param kind {@code interaction} or {@code occurrence}
 * @param date the earliest day of its mentions, ISO
 * @param datePrecision the finest precision among its mentions
 * @param cameo the most frequent full code among its mentions (ties: the first), or {@code null}
 * @param occurrence the occurrence type, or {@code null}
 * @param plover the PLOVER type of that code, or {@code null}
 * @param ploverMode its mode, or {@code null}
 * @param quad QuadClass, 0 for occurrences
 * @param goldstein the Goldstein score of the code, or {@code null}
 * @param sourceCode source actor code, or {@code null}
 * @param sourceName its name (of the first mention), or {@code null}
 * @param targetCode target actor code, or {@code null}
 * @param targetName its name, or {@code null}
 * @param placeName where, or {@code null}
 * @param placeCountry its ISO alpha-3 country, or {@code null}
 * @param placeAdm1 its first-level division, or {@code null}
 * @param lat latitude, or {@code null}
 * @param lon longitude, or {@code null}
 * @param numMentions mentions in distinct stories
 * @param numSources distinct publishers of those stories
 * @param numArticles distinct stories (a wire story and its reprints are one)
 * @param mentions every mention, earliest article first
 */
public record MergedEvent(
    long id,
    String kind,
    String date,
    String datePrecision,
    String cameo,
    String occurrence,
    String plover,
    String ploverMode,
    int quad,
    Double goldstein,
    String sourceCode,
    String sourceName,
    String targetCode,
    String targetName,
    String placeName,
    String placeCountry,
    String placeAdm1,
    Double lat,
    Double lon,
    int numMentions,
    int numSources,
    int numArticles,
    List<Mention> mentions) {
  public MergedEvent {
    Preconditions.requireArgument(!mentions.isEmpty(), "a merged event needs its mentions");
    mentions = List.copyOf(mentions);
  }

  /** The CAMEO root, or {@code null}. */
  public String root() {
    return cameo == null ? null : cameo.substring(0, 2);
  }

  /**
   * One article's report of the event.
   *
   * @param articleId the article
   * @param storyId its story (reprints share one)
   * @param url its URL, or {@code null}
   * @param publisher its publisher, or {@code null}
   * @param published its published stamp as written (ISO), or {@code null}
   * @param firstSeen when the store first read it, ISO instant
   * @param row the coded event as stored
   */
  public record Mention(
      String articleId,
      String storyId,
      String url,
      String publisher,
      String published,
      String firstSeen,
      EventRow row) {}
}
