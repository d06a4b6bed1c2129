package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.export.SearchResultJson;
import org.annals.store.Hit;
import org.annals.store.SearchQuery;
import org.annals.store.SearchResult;
import org.annals.store.Store;
import org.annals.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals search}: ranked articles with snippets and facet counts. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the store: ranked results with highlighted snippets and facet counts by publisher, section and month.",
      "QUERY uses Lucene syntax (words, \"phrases\", +must, -not, headline:word); anything else is searched as words.",
      "Works while an ingest runs."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the search ran (even with no results)",
      "2:usage error",
      "3:the store could not be read"
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description = "Words to search for; none lists the newest.")
  java.util.List<String> words = java.util.List.of();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Published on or after this day (YYYY-MM-DD).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Published on or before this day (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--section", description = "Only this section (exact, case-insensitive).")
  String section;

  @Option(names = "--publisher", description = "Only this publisher (exact, case-insensitive).")
  String publisher;

  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description = {
        "Only articles naming this actor (CAMEO-style code: RUSGOV, IGOSCO; a country's three letters",
        "also find its government and other bodies: RUS finds RUSGOV). Needs annotated articles."
      })
  String actor;

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "Results to show. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(
      names = "--offset",
      defaultValue = "0",
      description = "Results to skip (paging). Default: ${DEFAULT-VALUE}.")
  int offset;

  @Option(
      names = "--json",
      description = "Print {\"total\", \"hits\": [...], \"facets\": {...}} as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > 1000 || offset < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--limit must be within 1..1000 and --offset not negative (got "
              + limit
              + " and "
              + offset
              + ")");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = Store.openForReading(store.dir)) {
      SearchResult r = s.search(query());
      if (json) {
        out.println(toJson(r));
      } else {
        print(out, r);
      }
      return ExitCodes.OK;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("annals search: " + e.getMessage());
      return ExitCodes.NOTHING_SUCCEEDED;
    }
  }

  private SearchQuery query() {
    try {
      return new SearchQuery(
          String.join(" ", words), from, to, section, publisher, actor, limit, offset);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void print(PrintWriter out, SearchResult r) {
    boolean ansi = Terminal.interactive();
    out.println(Terminal.count(r.total()) + " result" + (r.total() == 1 ? "" : "s"));
    int n = offset;
    for (Hit h : r.hits()) {
      out.printf(
          Locale.ROOT,
          "%3d. %s%n     %s · %s · %s · %s%n     %s%n",
          ++n,
          h.headline() == null ? "(no headline)" : h.headline(),
          h.published() == null ? "undated" : h.published(),
          nz(h.publisher()),
          nz(h.section()),
          h.id(),
          Terminal.marks(h.snippet(), ansi));
    }
    for (Map.Entry<String, Map<String, Long>> f : r.facets().entrySet()) {
      StringBuilder b = new StringBuilder(f.getKey()).append(':');
      f.getValue().entrySet().stream()
          .limit(10)
          .forEach(
              e -> b.append(' ').append(e.getKey()).append(" (").append(e.getValue()).append(')'));
      out.println(b);
    }
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }

  static String toJson(SearchResult r) throws Exception {
    return new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(SearchResultJson.of(r));
  }
}
