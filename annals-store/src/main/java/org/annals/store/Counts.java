package org.annals.store;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The statistics of one {@link Snapshot}: counts from doc values and facets, no stored fields read.
 */
final class Counts {
  private Counts() {}

  static StoreStats stats(Snapshot s, long bytes) throws IOException {
    Map<String, Long> byPublisher = Map.of();
    Map<String, Long> bySection = Map.of();
    Optional<SortedSetDocValuesReaderState> facets = s.facets();
    if (facets.isPresent()) {
      Facets counts = new SortedSetDocValuesFacetCounts(facets.get());
      byPublisher = Searches.byCount(counts, facets.get(), Docs.DIM_PUBLISHER);
      bySection = Searches.byCount(counts, facets.get(), Docs.DIM_SECTION);
    }
    long stories = 0;
    Map<String, Long> byDay = Map.of();
    Optional<SortedSetDocValuesReaderState> stats = s.stats();
    if (stats.isPresent()) {
      Facets counts = new SortedSetDocValuesFacetCounts(stats.get());
      if (stats.get().getOrdRange(Docs.DIM_STORY) != null) {
        FacetResult r = counts.getTopChildren(1, Docs.DIM_STORY);
        stories = r == null ? 0 : r.childCount;
      }
      byDay = Searches.byLabel(counts, stats.get(), Docs.DIM_DAY);
    }
    return new StoreStats(
        s.getIndexReader().numDocs(), stories, sources(s), byPublisher, bySection, byDay, bytes);
  }

  /** The sum of the {@code sources} doc value over live documents. */
  private static long sources(Snapshot s) throws IOException {
    long sum = 0;
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(Docs.SOURCES);
      if (values == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (live == null || live.get(doc)) {
          sum += values.longValue();
        }
      }
    }
    return sum;
  }
}
