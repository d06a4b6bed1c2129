package org.annals.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.store.Hit;
import org.annals.store.SearchResult;

/**
 * The JSON form of a search: {@code total}, {@code hits} (id, headline, published, score, snippet,
 * publisher, section, storyId) and {@code facets} (dimension → value → count). Printed by {@code
 * annals search --json}, answered by {@code /api/articles}.
 */
public final class SearchResultJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SearchResultJson() {}

  /** {@code r} as a JSON object. */
  public static ObjectNode of(SearchResult r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("total", r.total());
    ArrayNode hits = o.putArray("hits");
    for (Hit h : r.hits()) {
      hits.addObject()
          .put("id", h.id())
          .put("headline", h.headline())
          .put("published", h.published())
          .put("score", h.score())
          .put("snippet", h.snippet())
          .put("publisher", h.publisher())
          .put("section", h.section())
          .put("storyId", h.storyId());
    }
    ObjectNode facets = o.putObject("facets");
    r.facets()
        .forEach(
            (name, counts) -> {
              ObjectNode f = facets.putObject(name);
              counts.forEach(f::put);
            });
    return o;
  }
}
