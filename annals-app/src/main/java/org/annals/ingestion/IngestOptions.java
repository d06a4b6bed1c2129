package org.annals.ingestion;

import java.time.Duration;
import org.annals.extract.Format;

/**
 * How an ingest runs.
 *
 * @param format the format of local files and fetched pages ({@link Format#AUTO} detects)
 * @param threads extraction threads
 * @param batchSize articles per commit at most
 * @param batchTime a commit at least this often while items flow
 */
public record IngestOptions(Format format, int threads, int batchSize, Duration batchTime) {
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

  /** Auto format, one thread per core, 200 articles or 5 seconds per commit. */
  public static IngestOptions defaults() {
    return new IngestOptions(
        Format.AUTO, Runtime.getRuntime().availableProcessors(), 200, Duration.ofSeconds(5));
  }
}
