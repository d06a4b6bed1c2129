package org.annals.events;

/**
 * One party to an event.
 *
 * @param code the CAMEO-style actor code ({@code RUSGOV}, {@code IRN}, {@code IGOSCO})
 * @param name its name ("Vladimir Putin")
 * @param entity the entity id from the NLP stage ({@code e2}), or {@code null} when the actor comes
 *     from elsewhere (a dictionary)
 */
public record EventActor(String code, String name, String entity) {
  public EventActor {
    if (code == null || code.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          "event actor needs a code and a name, got " + code + " / " + name);
    }
  }
}
