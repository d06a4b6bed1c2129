package org.annals.nlp;

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

  /** Loads the models now instead of on the first article (a server pays this once at start). */
  static void warmUp() {
    StandardAnnotator.INSTANCE.annotate(StandardAnnotator.WARM_UP);
  }
}
