package org.annals.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;

/**
 * What reconciling Lucene with DuckDB did when a writer opened the store.
 *
 * <p>A batch commits to Lucene first (commit user data {@code batch=N}), then to DuckDB (row {@code
 * batches(N)}). A crash between the two leaves Lucene one batch ahead: its documents of batches
 * after DuckDB's last are deleted, and the articles among them that DuckDB has (older versions
 * replaced by the lost batch) are written again from DuckDB. Lucene behind DuckDB (an index
 * restored from a backup, or removed) gets DuckDB's newer articles re-indexed from their JSON.
 * Should the counts still differ, Lucene is rebuilt from DuckDB. DuckDB is the record.
 *
 * @param luceneBatch the batch of Lucene's last commit before reconciling
 * @param duckBatch the last batch DuckDB committed
 * @param removed documents deleted from Lucene (batches DuckDB never committed)
 * @param reindexed documents written to Lucene from DuckDB
 * @param rebuilt true when the whole index was rebuilt because the counts differed
 */
record Recovery(long luceneBatch, long duckBatch, int removed, int reindexed, boolean rebuilt) {
  /** True when nothing had to be done. */
  boolean clean() {
    return removed == 0 && reindexed == 0 && !rebuilt && luceneBatch == duckBatch;
  }

  static Recovery run(LuceneIndex lucene, DuckTables duck) throws IOException, SQLException {
    long l = lucene.committedBatch();
    long d = duck.lastBatch();
    boolean stale = lucene.analysisStale();
    int removed = 0;
    int[] reindexed = {0};
    if (l > d) {
      List<String> ids = lucene.deleteAfter(d);
      removed = ids.size();
      duck.articles(ids, s -> reindex(lucene, s, reindexed));
    } else if (d > l) {
      duck.articlesAfter(l, s -> reindex(lucene, s, reindexed));
    }
    boolean rebuilt = false;
    if (l != d) {
      lucene.commit(d);
    }
    if (stale || lucene.count() != duck.count()) {
      lucene.deleteAll();
      duck.articlesAfter(Long.MIN_VALUE, s -> reindex(lucene, s, reindexed));
      lucene.commit(d);
      rebuilt = true;
    }
    return new Recovery(l, d, removed, reindexed[0], rebuilt);
  }

  private static void reindex(LuceneIndex lucene, StoredArticle s, int[] count) {
    try {
      lucene.write(s, true);
      count[0]++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
