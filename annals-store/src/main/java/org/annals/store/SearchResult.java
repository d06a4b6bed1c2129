package org.annals.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param total how many articles match (all of them, not just this page)
 * @param hits this page of hits, best first
 * @param facets counts over all matching articles by dimension: {@code "publisher"} and {@code
 *     "section"} (most frequent first), {@code "year-month"} (in date order)
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
  public SearchResult {
    if (total < 0) {
      throw new IllegalArgumentException("search total must not be negative, got " + total);
    }
    hits = List.copyOf(hits);
    Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
    facets.forEach(
        (dim, counts) ->
            copy.put(dim, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
    facets = java.util.Collections.unmodifiableMap(copy);
  }
}
