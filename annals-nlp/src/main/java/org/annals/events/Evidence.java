package org.annals.events;

import java.util.List;

/**
 * Where the article says it.
 *
 * @param sentence the sentence's index
 * @param source the spans of the source actors, in the order of {@link Event#source()}
 * @param action the span of the action's words ("pledged to strengthen")
 * @param target the spans of the targets, in the order of {@link Event#target()}
 */
public record Evidence(int sentence, List<Span> source, Span action, List<Span> target) {
  public Evidence {
    if (sentence < 0 || action == null) {
      throw new IllegalArgumentException("evidence needs a sentence and an action span");
    }
    source = List.copyOf(source);
    target = List.copyOf(target);
  }
}
