package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.store.Store;
import org.annals.store.StoreException;
import org.annals.store.StoreStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals stats}: what the store holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Counts of the store: articles, stories, sources; by publisher, section and day; size on disk.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:usage error", "3:the store could not be read"})
final class StatsCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--json",
      description = "Print {\"articles\", \"stories\", \"sources\", ...} as JSON.")
  boolean json;

  @Option(
      names = "--top",
      defaultValue = "15",
      description = "Rows per table in the text form. Default: ${DEFAULT-VALUE}.")
  int top;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = Store.openForReading(store.dir)) {
      StoreStats st = s.stats();
      out.println(json ? toJson(st) : text(st));
      return ExitCodes.OK;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("annals stats: " + e.getMessage());
      return ExitCodes.NOTHING_SUCCEEDED;
    }
  }

  private String text(StoreStats st) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s: %s articles, %s stories, %s sources, %.1f MB on disk%n",
            store.dir,
            Terminal.count(st.articles()),
            Terminal.count(st.stories()),
            Terminal.count(st.sources()),
            st.bytes() / 1e6));
    table(b, "by publisher", st.byPublisher());
    table(b, "by section", st.bySection());
    table(b, "by day", st.byDay());
    return b.toString().stripTrailing();
  }

  private void table(StringBuilder b, String title, Map<String, Long> counts) {
    b.append(title)
        .append(counts.size() > top ? " (top " + top + " of " + counts.size() + ")" : "")
        .append(":\n");
    counts.entrySet().stream()
        .limit(top)
        .forEach(
            e ->
                b.append(
                    String.format(
                        Locale.ROOT, "  %8s  %s%n", Terminal.count(e.getValue()), e.getKey())));
  }

  static String toJson(StoreStats st) throws Exception {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode o = m.createObjectNode();
    o.put("articles", st.articles())
        .put("stories", st.stories())
        .put("sources", st.sources())
        .put("bytes", st.bytes());
    st.byPublisher().forEach(o.putObject("byPublisher")::put);
    st.bySection().forEach(o.putObject("bySection")::put);
    st.byDay().forEach(o.putObject("byDay")::put);
    return m.writeValueAsString(o);
  }
}
