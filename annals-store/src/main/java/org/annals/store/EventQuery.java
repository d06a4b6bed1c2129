package org.annals.store;

import java.time.LocalDate;
import java.util.Locale;
import org.annals.internal.Preconditions;

/**
 * Which events to read from the store. Codes match by prefix: {@code RUS} is Russia and all its
 * bodies ({@code RUSGOV}, {@code RUSMIL}); {@code 03} is every code of CAMEO root 03.
 *
 * @param dyadA one side of a dyad, or {@code null}; with {@code dyadB}, events between the two in
 *     either direction
 * @param dyadB the other side, or {@code null}
 * @param actor an actor on either side, or {@code null}
 * @param cameo a CAMEO code or its prefix ({@code 03}, {@code 036}), or {@code null}
 * @param plover a PLOVER type ({@code AGREE}), or {@code null}
 * @param kind {@code interaction}, {@code occurrence}, or {@code null} for both
 * @param from first day (inclusive), or {@code null}
 * @param to last day (inclusive), or {@code null}
 */
public record EventQuery(
    String dyadA,
    String dyadB,
    String actor,
    String cameo,
    String plover,
    String kind,
    LocalDate from,
    LocalDate to) {
  public EventQuery {
    dyadA = code(dyadA);
    dyadB = code(dyadB);
    actor = code(actor);
    Preconditions.requireArgument(
        (dyadA == null) == (dyadB == null), "a dyad needs both sides, as RUS-IRN");
    Preconditions.requireArgument(
        cameo == null || cameo.isBlank() || cameo.strip().matches("\\d{2,4}"),
        "a CAMEO code is 2 to 4 digits (03, 036, 0361), got '%s'",
        cameo);
    cameo = cameo == null || cameo.isBlank() ? null : cameo.strip();
    plover = plover == null || plover.isBlank() ? null : plover.strip().toUpperCase(Locale.ROOT);
    Preconditions.requireArgument(
        kind == null || kind.equals("interaction") || kind.equals("occurrence"),
        "event kind is interaction or occurrence, got '%s'",
        kind);
    Preconditions.requireArgument(
        from == null || to == null || !from.isAfter(to),
        "the date range is empty: from %s is after to %s",
        from,
        to);
  }

  /** Every event. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, null, null);
  }

  private static String code(String c) {
    if (c == null || c.isBlank()) {
      return null;
    }
    String s = c.strip().toUpperCase(Locale.ROOT);
    Preconditions.requireArgument(
        s.matches("[A-Z0-9]{3,15}"), "an actor code is 3 to 15 letters (RUS, RUSGOV), got '%s'", c);
    return s;
  }
}
