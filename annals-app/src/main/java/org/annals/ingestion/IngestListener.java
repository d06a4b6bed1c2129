package org.annals.ingestion;

import org.annals.store.BatchResult;

/**
 * What an ingest tells its caller as it goes: the CLI draws a progress bar or prints lines from it.
 */
public interface IngestListener {
  /** A source is about to be read. */
  default void sourceStarted(String spec, String key) {}

  /** A source could not be read at all; the others go on. */
  default void sourceFailed(String spec, String reason) {}

  /** One item was handled (extracted and added to the batch, skipped or failed). */
  default void item(ItemResult result) {}

  /** A batch was committed; {@code totals} are the counts so far. */
  default void committed(BatchResult batch, IngestReport totals) {}

  /** Nothing to report. */
  IngestListener NONE = new IngestListener() {};
}
