package org.annals.ingestion;

import java.time.Duration;
import org.annals.extract.Format;
import org.annals.nlp.Annotator;

/**
 * How an ingest runs.
 *
 * @param format the format of local files and fetched pages ({@link Format#AUTO} detects)
 * @param threads extraction threads
 * @param batchSize articles per commit at most
 * @param batchTime a commit at least this often while items flow
 * @param annotator the NLP stage run on each new or changed article before it is stored, or {@code
 *     null} to store articles without annotations
 */
public record IngestOptions(
    Format format, int threads, int batchSize, Duration batchTime, Annotator annotator) {
  public IngestOptions {
    if (format == null) {
      throw new NullPointerException("format must not be null");
    }
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException(
          "threads and batch size must be at least 1, got " + threads + " and " + batchSize);
    }
    if (batchTime == null || batchTime.isNegative() || batchTime.isZero()) {
      throw new IllegalArgumentException("batch time must be positive, got " + batchTime);
    }
  }

  /** Without annotation. */
  public IngestOptions(Format format, int threads, int batchSize, Duration batchTime) {
    this(format, threads, batchSize, batchTime, null);
  }

  /** Auto format, one thread per core, 200 articles or 5 seconds per commit, no annotation. */
  public static IngestOptions defaults() {
    return new IngestOptions(
        Format.AUTO, Runtime.getRuntime().availableProcessors(), 200, Duration.ofSeconds(5));
  }

  /** A copy that annotates with {@code a} ({@code null}: does not annotate). */
  public IngestOptions withAnnotator(Annotator a) {
    return new IngestOptions(format, threads, batchSize, batchTime, a);
  }
}
