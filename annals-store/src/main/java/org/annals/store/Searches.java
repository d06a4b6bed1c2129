package org.annals.store;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Runs a {@link SearchQuery} on one {@link Snapshot}: BM25 with the headline boosted, filters by
 * date, section and publisher, facet counts over all matches, snippets for the page of hits.
 */
final class Searches {
  /** Facet values returned per dimension for publisher and section (year-month returns all). */
  static final int FACET_TOP = 50;

  static final int SNIPPET_PASSAGES = 2;
  static final int SNIPPET_LENGTH = 160;

  private static final Analyzer ANALYZER = new NewsAnalyzer();
  private static final Sort NEWEST_FIRST = newestFirst();
  private static final Comparator<LabelAndValue> MOST_FIRST =
      Comparator.comparing((LabelAndValue lv) -> -lv.value.longValue())
          .thenComparing(lv -> lv.label);

  private Searches() {}

  static SearchResult run(Snapshot s, SearchQuery q) throws IOException {
    Query words = q.text() == null ? new MatchAllDocsQuery() : QueryText.parse(q.text(), ANALYZER);
    FacetsCollectorManager.FacetsResult r;
    try {
      r = collect(s, words, q);
    } catch (RuntimeException e) { // too many clauses, too complex to run: search the words plainly
      words = QueryText.plain(q.text() == null ? "" : q.text(), ANALYZER);
      r = collect(s, words, q);
    }
    long total = 0;
    for (FacetsCollector.MatchingDocs m : r.facetsCollector().getMatchingDocs()) {
      total += m.totalHits;
    }
    return new SearchResult(total, hits(s, words, r.topDocs(), q), facets(s, r.facetsCollector()));
  }

  private static FacetsCollectorManager.FacetsResult collect(Snapshot s, Query words, SearchQuery q)
      throws IOException {
    Query query = filtered(words, q);
    int n = q.offset() + q.limit();
    if (q.text() == null) {
      return FacetsCollectorManager.search(s, query, n, NEWEST_FIRST, new FacetsCollectorManager());
    }
    return FacetsCollectorManager.search(s, query, n, new FacetsCollectorManager());
  }

  static Query filtered(Query words, SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Docs.PUBLISHED_DAY, from, to), BooleanClause.Occur.FILTER);
    }
    if (q.section() != null) {
      b.add(
          new TermQuery(new Term(Docs.SECTION_KEY, Docs.key(q.section()))),
          BooleanClause.Occur.FILTER);
    }
    if (q.publisher() != null) {
      b.add(
          new TermQuery(new Term(Docs.PUBLISHER_KEY, Docs.key(q.publisher()))),
          BooleanClause.Occur.FILTER);
    }
    if (q.actor() != null) {
      b.add(new TermQuery(new Term(Docs.ACTOR, q.actor())), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static List<Hit> hits(Snapshot s, Query words, TopDocs top, SearchQuery q)
      throws IOException {
    ScoreDoc[] all = top.scoreDocs;
    int from = Math.min(q.offset(), all.length);
    ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
    if (page.length == 0) {
      return List.of();
    }
    String[] snippets = snippets(s, words, page);
    StoredFields fields = s.storedFields();
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document d = fields.document(page[i].doc, Docs.HIT_FIELDS);
      double score = q.text() == null || Float.isNaN(page[i].score) ? 0 : page[i].score;
      hits.add(
          new Hit(
              d.get(Docs.ID),
              d.get(Docs.HEADLINE),
              d.get(Docs.PUBLISHED),
              score,
              snippets[i],
              d.get(Docs.PUBLISHER),
              d.get(Docs.SECTION),
              d.get(Docs.STORY)));
    }
    return hits;
  }

  private static String[] snippets(Snapshot s, Query words, ScoreDoc[] page) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(s, ANALYZER)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxNoHighlightPassages(1)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
            .build();
    TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    String[] snippets = highlighter.highlight(Docs.TEXT, words, pageDocs, SNIPPET_PASSAGES);
    for (int i = 0; i < snippets.length; i++) {
      snippets[i] = snippets[i] == null ? "" : snippets[i].strip();
    }
    return snippets;
  }

  private static Map<String, Map<String, Long>> facets(Snapshot s, FacetsCollector fc)
      throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    out.put(Docs.DIM_PUBLISHER, Map.of());
    out.put(Docs.DIM_SECTION, Map.of());
    out.put(Docs.DIM_MONTH, Map.of());
    out.put(Docs.DIM_ACTOR, Map.of());
    Optional<SortedSetDocValuesReaderState> state = s.facets();
    if (state.isEmpty()) {
      return out;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state.get(), fc);
    out.put(Docs.DIM_PUBLISHER, top(counts, state.get(), Docs.DIM_PUBLISHER, FACET_TOP));
    out.put(Docs.DIM_SECTION, top(counts, state.get(), Docs.DIM_SECTION, FACET_TOP));
    out.put(Docs.DIM_MONTH, byLabel(counts, state.get(), Docs.DIM_MONTH));
    out.put(Docs.DIM_ACTOR, top(counts, state.get(), Docs.DIM_ACTOR, FACET_TOP));
    return out;
  }

  /** The {@code n} most frequent values of {@code dim}, most first (ties by value). */
  static Map<String, Long> top(
      Facets counts, SortedSetDocValuesReaderState state, String dim, int n) throws IOException {
    if (state.getOrdRange(dim) == null) {
      return Map.of();
    }
    FacetResult r = counts.getTopChildren(n, dim);
    return r == null ? Map.of() : ordered(r, MOST_FIRST);
  }

  /** Every value of {@code dim}, most frequent first (ties by value). */
  static Map<String, Long> byCount(Facets counts, SortedSetDocValuesReaderState state, String dim)
      throws IOException {
    if (state.getOrdRange(dim) == null) {
      return Map.of();
    }
    FacetResult r = counts.getAllChildren(dim);
    return r == null ? Map.of() : ordered(r, MOST_FIRST);
  }

  /** Every value of {@code dim} in the order of its labels (dates sort by label). */
  static Map<String, Long> byLabel(Facets counts, SortedSetDocValuesReaderState state, String dim)
      throws IOException {
    if (state.getOrdRange(dim) == null) {
      return Map.of();
    }
    FacetResult r = counts.getAllChildren(dim);
    return r == null ? Map.of() : ordered(r, Comparator.comparing((LabelAndValue lv) -> lv.label));
  }

  private static Map<String, Long> ordered(FacetResult r, Comparator<LabelAndValue> order) {
    List<LabelAndValue> values = new ArrayList<>(List.of(r.labelValues));
    values.sort(order);
    Map<String, Long> out = new LinkedHashMap<>();
    for (LabelAndValue lv : values) {
      if (lv.value.longValue() > 0) {
        out.put(lv.label, lv.value.longValue());
      }
    }
    return out;
  }

  private static Sort newestFirst() {
    SortField byDay = new SortField(Docs.PUBLISHED_DAY, SortField.Type.LONG, true);
    byDay.setMissingValue(Long.MIN_VALUE);
    return new Sort(byDay);
  }
}
