package org.annals.nlp;

import org.annals.actors.ActorBase;
import org.annals.model.Article;

/**
 * The NLP stage: an article to an annotated article. A plain function of its input, thread-safe;
 * models and tables load once per JVM. Malformed or unusual input (no text, no date, another
 * language) gives warnings, never an exception.
 */
@FunctionalInterface
public interface Annotator {
  AnnotatedArticle annotate(Article article);

  /** The standard annotator: CoreNLP backbone, Annals' time tagger, actor base and gazetteer. */
  static Annotator standard() {
    return StandardAnnotator.INSTANCE;
  }

  /**
   * The standard annotator with another actor base, such as the shipped one plus a user's own
   * actors ({@link ActorBase#load}); the models are the same, shared, ones.
   */
  static Annotator standard(ActorBase actors) {
    if (actors == null) {
      throw new NullPointerException(
          "actor base must not be null; use standard() for the shipped one");
    }
    return new StandardAnnotator(actors);
  }

  /**
   * Loads the models and tables now instead of on the first article, two at a time (the CoreNLP
   * models on a second thread, the actor base, gazetteer and time rules on this one): a server pays
   * this once at start, and a command starts it while it reads its input.
   */
  static void warmUp() {
    StandardAnnotator.warmUp();
  }
}
