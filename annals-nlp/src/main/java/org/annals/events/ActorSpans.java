package org.annals.events;

import java.util.List;
import org.annals.nlp.AnnotatedArticle;

/**
 * Where an article names actors. Normally its mentions resolved to entities ({@link #mentions()});
 * an evaluation may substitute a dictionary of its own.
 */
@FunctionalInterface
public interface ActorSpans {
  /** The actor spans of {@code article}, in text order. */
  List<ActorSpan> find(AnnotatedArticle article);

  /** Actors from the NLP stage: each mention with an entity that has an actor code. */
  static ActorSpans mentions() {
    return MentionActors.INSTANCE;
  }
}
