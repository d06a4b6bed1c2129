package org.annals.extract;

import org.annals.model.Article;
import org.annals.model.RawDocument;

/**
 * The extraction stage: one raw document to one article. A plain function of its input, safe to
 * call from many threads and from a Spark executor; models and tables load once per JVM.
 *
 * <p>Malformed content never throws: what could not be read or placed becomes a {@link
 * org.annals.model.Warning} on the article. Only an input that holds no article at all (empty,
 * binary) throws {@link UnreadableInputException}, whose message names the input and the fix.
 */
@FunctionalInterface
public interface ArticleExtractor {
  /**
   * Extracts the article in {@code doc}.
   *
   * @throws UnreadableInputException when the input holds no text to extract
   */
  Article extract(RawDocument doc);
}
