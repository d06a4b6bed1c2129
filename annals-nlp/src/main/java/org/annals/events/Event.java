package org.annals.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One event an article reports (event schema v1, {@code docs/event-schema-v1.md}).
 *
 * @param kind {@link #INTERACTION} for a coded political event, {@link #OCCURRENCE} for a happening
 *     that is not one (a crash, a death, a disaster), which has no CAMEO code
 * @param source who acts (empty for occurrences)
 * @param target whom it is done to (may be empty; for occurrences, who is affected)
 * @param cameo the full CAMEO code ("036"), or {@code null} for occurrences
 * @param occurrence what happened for occurrences ("crash", "death"), else {@code null}
 * @param plover the PLOVER type and mode, or {@code null} (roots 01 and 02, occurrences)
 * @param date the day, month or year the action happened (a month or year is its first day)
 * @param datePrecision {@code day}, {@code month}, {@code year}, or {@code article-date} when no
 *     time expression governs the clause and the article's date stands in
 * @param place where it happened, or {@code null}
 * @param evidence the sentence and the spans that show it
 * @param confidence 0 to 1
 * @param modality flags: {@code intent}, {@code future}, {@code reported}, {@code reciprocal},
 *     {@code inferred-target}
 */
public record Event(
    String kind,
    List<EventActor> source,
    List<EventActor> target,
    String cameo,
    String occurrence,
    Plover plover,
    LocalDate date,
    String datePrecision,
    EventPlace place,
    Evidence evidence,
    double confidence,
    Set<String> modality) {
  public static final String INTERACTION = "interaction";
  public static final String OCCURRENCE = "occurrence";
  public static final Set<String> PRECISIONS = Set.of("day", "month", "year", "article-date");

  public Event {
    source = List.copyOf(source);
    target = List.copyOf(target);
    modality = Set.copyOf(modality);
    if (INTERACTION.equals(kind)) {
      if (!Cameo.known(cameo) || source.isEmpty()) {
        throw new IllegalArgumentException(
            "an interaction needs a known CAMEO code and a source, got " + cameo + " / " + source);
      }
    } else if (OCCURRENCE.equals(kind)) {
      if (cameo != null || occurrence == null || !source.isEmpty()) {
        throw new IllegalArgumentException(
            "an occurrence has a type and neither CAMEO code nor source, got " + cameo);
      }
    } else {
      throw new IllegalArgumentException("event kind must be interaction or occurrence: " + kind);
    }
    if (datePrecision != null && !PRECISIONS.contains(datePrecision)) {
      throw new IllegalArgumentException("date precision must be one of " + PRECISIONS);
    }
    if ((date == null) != (datePrecision == null)) {
      throw new IllegalArgumentException("date and datePrecision go together");
    }
    if (evidence == null || confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("event needs evidence and a confidence in [0, 1]");
    }
  }

  /** The CAMEO root ("03"), or {@code null} for occurrences. */
  public String cameoRoot() {
    return cameo == null ? null : cameo.substring(0, 2);
  }

  /** GDELT's QuadClass (1 to 4), or 0 for occurrences. */
  public int quad() {
    return cameo == null ? 0 : Cameo.of(cameo).orElseThrow().quad();
  }

  /** The Goldstein score of the event type, or {@code NaN} for occurrences. */
  public double goldstein() {
    return cameo == null ? Double.NaN : Cameo.of(cameo).orElseThrow().goldstein();
  }
}
