package org.annals.store;

/**
 * What one committed batch did, counted by {@link Batch.Outcome}.
 *
 * @param added new articles (new stories)
 * @param updated stored articles replaced by a changed version
 * @param duplicates articles already stored unchanged (only the new source was recorded)
 * @param reprints new articles that are near-copies of a stored story (joined to it)
 */
public record BatchResult(int added, int updated, int duplicates, int reprints) {
  public BatchResult {
    if (added < 0 || updated < 0 || duplicates < 0 || reprints < 0) {
      throw new IllegalArgumentException(
          "batch counts must not be negative: added "
              + added
              + ", updated "
              + updated
              + ", duplicates "
              + duplicates
              + ", reprints "
              + reprints);
    }
  }

  /** Every article of the batch. */
  public int total() {
    return added + updated + duplicates + reprints;
  }
}
