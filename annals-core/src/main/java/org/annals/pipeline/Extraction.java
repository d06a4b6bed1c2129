package org.annals.pipeline;

import java.io.InputStream;
import org.annals.extract.ArticleExtractor;
import org.annals.extract.UnreadableInputException;
import org.annals.ingest.HttpFetcher;
import org.annals.ingest.Input;
import org.annals.ingest.InputException;
import org.annals.model.Article;
import org.annals.model.RawDocument;

/**
 * Reading and extraction of one input as a function that never throws: an unreadable input, a
 * failed fetch or an unexpected error becomes a failed {@link Outcome} naming the input.
 */
public final class Extraction {
  private final ArticleExtractor extractor;
  private final HttpFetcher fetcher;
  private final InputStream stdin;
  private final long maxBytes;

  public Extraction(
      ArticleExtractor extractor, HttpFetcher fetcher, InputStream stdin, long maxBytes) {
    this.extractor = extractor;
    this.fetcher = fetcher;
    this.stdin = stdin;
    this.maxBytes = maxBytes;
  }

  /** Reads and extracts {@code input}. */
  public Outcome<Article> apply(Input input) {
    try {
      RawDocument raw = input.read(fetcher, stdin, maxBytes);
      return Outcome.ok(input.source(), extractor.extract(raw));
    } catch (InputException | UnreadableInputException e) {
      return Outcome.failed(input.source(), e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return Outcome.failed(
          input.source(),
          input.source()
              + ": internal error while extracting ("
              + e
              + "); please report it with this input");
    }
  }
}
