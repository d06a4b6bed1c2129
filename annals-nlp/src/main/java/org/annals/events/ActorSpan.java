package org.annals.events;

import java.util.List;

/**
 * A stretch of text that names one or more actors ("The Shire" may stand for three).
 *
 * @param start offset in {@link org.annals.model.Article#text()}
 * @param end offset after it
 * @param actors the actors it names, at least one
 * @param named true for a name, false for a nominal or pronoun (lower confidence)
 */
public record ActorSpan(int start, int end, List<EventActor> actors, boolean named) {
  public ActorSpan {
    if (start < 0 || end <= start || actors == null || actors.isEmpty()) {
      throw new IllegalArgumentException("actor span needs [start, end) and actors");
    }
    actors = List.copyOf(actors);
  }

  boolean covers(int offset) {
    return offset >= start && offset < end;
  }

  Span span() {
    return new Span(start, end);
  }
}
