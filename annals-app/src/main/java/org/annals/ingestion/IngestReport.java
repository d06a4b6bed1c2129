package org.annals.ingestion;

import java.util.List;

/**
 * The counts of an ingest. Articles count once their batch committed; skipped and failed items
 * count as they happen.
 *
 * @param added new articles stored
 * @param updated articles stored again because they changed
 * @param duplicates articles already stored unchanged (only where they were read is added)
 * @param reprints new copies of a story already stored from another source
 * @param skipped items left out on purpose (not HTML, robots.txt, not modified)
 * @param failed items that could not be read or extracted
 * @param failedSources sources that could not be read at all
 * @param failures the first reasons, at most {@value #MAX_REASONS}
 */
public record IngestReport(
    long added,
    long updated,
    long duplicates,
    long reprints,
    long skipped,
    long failed,
    long failedSources,
    List<String> failures) {
  public static final int MAX_REASONS = 50;

  public IngestReport {
    failures = List.copyOf(failures);
  }

  /** Articles committed, whatever their outcome. */
  public long committed() {
    return added + updated + duplicates + reprints;
  }
}
