package org.annals.events;

import java.util.List;
import org.annals.nlp.AnnotatedArticle;

/**
 * The event stage: an annotated article to the events it reports, in text order. A plain function
 * of its input, thread-safe; a sentence the coder cannot read gives no events, never an exception.
 */
@FunctionalInterface
public interface EventCoder {
  List<Event> code(AnnotatedArticle article);

  /** Annals' coder: its own lexicon, actors from the article's mentions. */
  static EventCoder standard() {
    return StandardCoder.STANDARD;
  }

  /** Annals' coder with actors from {@code actors} (a dictionary, for evaluations). */
  static EventCoder with(ActorSpans actors) {
    return new StandardCoder(actors, Lexicon.standard());
  }
}
