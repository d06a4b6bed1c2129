package org.annals.server;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.annals.store.EventQuery;
import org.annals.store.SearchQuery;

/**
 * What the read endpoints are asked, read from their query parameters: pure functions of a {@link
 * Query}, so that every check a request goes through before the store is touched can be tested and
 * fuzzed without a server. Each either returns a request in range or throws the 400 that names the
 * parameter.
 */
final class Requests {
  private Requests() {}

  /** {@code /api/articles}: the store query and the page asked for. */
  record Search(SearchQuery query, int page, int size) {}

  /** {@code /api/events}: which events, how many, in what form. */
  record Events(EventQuery query, int limit, String format) {}

  /** {@code /api/series}: which events, by what period. */
  record SeriesOf(EventQuery query, Series.Interval interval) {}

  /** {@code /api/network}: which events, and the fewest an edge needs. */
  record NetworkOf(EventQuery query, int min) {}

  static Search search(Query q) {
    LocalDate[] range = q.range();
    int size = q.integer("size", 20, 1, 100);
    int page = q.integer("page", 1, 1, SearchQuery.MAX_DEPTH);
    if ((long) page * size > SearchQuery.MAX_DEPTH) {
      throw ApiException.badParameter(
          "page",
          Integer.toString(page),
          "a page within the first "
              + SearchQuery.MAX_DEPTH
              + " hits (page × size ≤ "
              + SearchQuery.MAX_DEPTH
              + "); narrow the search instead");
    }
    SearchQuery query =
        new SearchQuery(
            q.text("q", SearchQuery.MAX_TEXT),
            range[0],
            range[1],
            q.text("section", 200),
            q.text("publisher", 200),
            q.code("actor"),
            size,
            (page - 1) * size);
    return new Search(query, page, size);
  }

  static Events events(Query q) {
    EventQuery eq = eventQuery(q);
    int limit = q.integer("limit", 1000, 1, 100_000);
    String format = q.choice("format", "json", Set.of("json", "jsonl", "csv", "gdelt"));
    return new Events(eq, limit, format);
  }

  static SeriesOf series(Query q) {
    EventQuery eq = eventQuery(q);
    Series.Interval interval =
        Series.Interval.valueOf(
            q.choice("interval", "week", Set.of("day", "week", "month")).toUpperCase(Locale.ROOT));
    return new SeriesOf(eq, interval);
  }

  static NetworkOf network(Query q) {
    LocalDate[] range = q.range();
    int min = q.integer("min", 1, 1, 1_000_000);
    EventQuery eq =
        new EventQuery(
            null, null, q.code("actor"), q.cameo(), null, "interaction", range[0], range[1]);
    return new NetworkOf(eq, min);
  }

  private static EventQuery eventQuery(Query q) {
    String[] dyad = q.dyad();
    LocalDate[] range = q.range();
    return new EventQuery(
        dyad[0],
        dyad[1],
        q.code("actor"),
        q.cameo(),
        q.plover(),
        q.choice("kind", null, Set.of("interaction", "occurrence")),
        range[0],
        range[1]);
  }
}
