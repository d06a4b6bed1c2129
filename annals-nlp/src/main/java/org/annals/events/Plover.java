package org.annals.events;

import java.util.Set;

/**
 * A PLOVER event type (the 16 types of the PLOVER 2021 manual) and, where clear, its mode.
 *
 * @param type AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,
 *     THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE or ASSAULT
 * @param mode the mode ("visit", "arrest"), or {@code null}
 */
public record Plover(String type, String mode) {
  /** The 16 types of the PLOVER 2021 manual. */
  public static final Set<String> TYPES =
      Set.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT");

  public Plover {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown PLOVER type '" + type + "'; expected " + TYPES);
    }
    mode = mode == null || mode.isBlank() ? null : mode.strip();
  }
}
