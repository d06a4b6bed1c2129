package org.annals.store;

import org.annals.internal.Preconditions;

/**
 * One coded event of an article as the store keeps it, for queries, merging across articles and
 * exports: one row per source–target pair (an event with two sources and one target gives two rows
 * with the same {@code event}). The store does not read {@code json}; it keeps it whole.
 *
 * @param event the event's number within the article, from 0
 * @param sentence the sentence it was coded from
 * @param kind {@code interaction} or {@code occurrence}
 * @param cameo the full CAMEO code ("036"), or {@code null} for an occurrence
 * @param occurrence the occurrence type ("crash"), or {@code null} for an interaction
 * @param plover the PLOVER type, or {@code null}
 * @param ploverMode the PLOVER mode, or {@code null}
 * @param quad GDELT's QuadClass, 1 to 4; 0 for an occurrence
 * @param goldstein the Goldstein score of the type, or {@code null}
 * @param sourceCode the source actor's code, or {@code null} (occurrences)
 * @param sourceName its name, or {@code null}
 * @param targetCode the target actor's code, or {@code null}
 * @param targetName its name, or {@code null}
 * @param date the day it happened, ISO {@code YYYY-MM-DD} (a month or year: its first day)
 * @param datePrecision {@code day}, {@code month}, {@code year} or {@code article-date}
 * @param placeName where it happened, or {@code null}
 * @param placeCountry the place's ISO alpha-3 country, or {@code null}
 * @param placeAdm1 the place's first-level division, or {@code null}
 * @param lat the place's latitude, or {@code null}
 * @param lon the place's longitude, or {@code null}
 * @param sourceStart offset of the source's span in the article text, or -1
 * @param targetStart offset of the target's span, or -1
 * @param actionStart offset of the action's span
 * @param actionEnd offset after it
 * @param confidence 0 to 1
 * @param json the whole event, schema {@code annals-event-v1}
 */
public record EventRow(
    int event,
    int sentence,
    String kind,
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
    String date,
    String datePrecision,
    String placeName,
    String placeCountry,
    String placeAdm1,
    Double lat,
    Double lon,
    int sourceStart,
    int targetStart,
    int actionStart,
    int actionEnd,
    double confidence,
    String json) {
  public EventRow {
    Preconditions.requireArgument(
        event >= 0 && sentence >= 0, "event row needs its event and sentence numbers");
    Preconditions.requireArgument(
        "interaction".equals(kind) || "occurrence".equals(kind),
        "event kind must be interaction or occurrence, got %s",
        kind);
    Preconditions.requireArgument(
        "interaction".equals(kind) ? cameo != null : occurrence != null,
        "an interaction needs a CAMEO code, an occurrence its type (event %s)",
        event);
    Preconditions.requireArgument(
        date != null && date.matches("\\d{4}-\\d{2}-\\d{2}"),
        "event row needs its date as YYYY-MM-DD, got %s",
        date);
    Preconditions.requireArgument(
        actionStart >= 0 && actionEnd > actionStart, "event row needs its action span");
    Preconditions.requireArgument(
        json != null && json.startsWith("{"), "event row needs its JSON object");
  }

  /** The CAMEO root ("03"), or {@code null} for an occurrence. */
  public String root() {
    return cameo == null ? null : cameo.substring(0, 2);
  }
}
