package org.annals.store;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * One point-in-time view of the index: a searcher plus the facet ordinal maps of its reader,
 * built on first use and kept as long as the view lives (they cost a pass over the segments).
 */
final class Snapshot extends IndexSearcher {
  private volatile Optional<SortedSetDocValuesReaderState> facets;
  private volatile Optional<SortedSetDocValuesReaderState> stats;

  Snapshot(IndexReader reader) {
    super(reader);
  }

  /** The ordinal map of the search dimensions (publisher, section, year-month), if any doc has one. */
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
    return Optional.of(new DefaultSortedSetDocValuesReaderState(getIndexReader(), field, Docs.FACETS));
  }

  /** Makes snapshots for a {@link org.apache.lucene.search.SearcherManager}. */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
      return new Snapshot(reader);
    }
  }
}
