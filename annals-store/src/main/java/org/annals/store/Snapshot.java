package org.annals.store;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * One point-in-time view of the index: a searcher plus the facet ordinal maps of its reader, built
 * on first use and kept as long as the view lives (they cost a pass over the segments).
 *
 * <p>Searches run over slices of at most {@value #SLICE_DOCS} documents on a small shared pool of
 * daemon threads (one per core, at most four), so a query matching most of a large store uses every
 * core.
 */
final class Snapshot extends IndexSearcher {
  static final int SLICE_DOCS = 20_000;
  private static final Executor POOL = pool();

  private volatile Optional<SortedSetDocValuesReaderState> facets;
  private volatile Optional<SortedSetDocValuesReaderState> stats;

  Snapshot(IndexReader reader) {
    super(reader, POOL);
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    return slices(leaves, SLICE_DOCS, 1);
  }

  private static Executor pool() {
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "annals-search-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * The ordinal map of the search dimensions (publisher, section, year-month), if any doc has one.
   */
  Optional<SortedSetDocValuesReaderState> facets() throws IOException {
    if (facets == null) {
      facets = state(Docs.FACETS.getDimConfig(Docs.DIM_PUBLISHER).indexFieldName);
    }
    return facets;
  }

  /** The ordinal map of the statistics dimensions (story, day), if any doc has one. */
  Optional<SortedSetDocValuesReaderState> stats() throws IOException {
    if (stats == null) {
      stats = state(Docs.STATS_FIELD);
    }
    return stats;
  }

  private Optional<SortedSetDocValuesReaderState> state(String field) throws IOException {
    if (FieldInfos.getMergedFieldInfos(getIndexReader()).fieldInfo(field) == null) {
      return Optional.empty();
    }
    return Optional.of(
        new DefaultSortedSetDocValuesReaderState(getIndexReader(), field, Docs.FACETS));
  }

  /** Makes snapshots for a {@link org.apache.lucene.search.SearcherManager}. */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
      return new Snapshot(reader);
    }
  }
}
