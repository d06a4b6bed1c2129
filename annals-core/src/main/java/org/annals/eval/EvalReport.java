package org.annals.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The corpus figures of one evaluation run.
 *
 * @param set the test set
 * @param against the folder of second-opinion texts the body was scored against instead of the
 *     set's truth, or {@code null}
 * @param pages pages evaluated
 * @param failures the pages that gave no article, with why (they count as empty output)
 * @param metrics the figures, in a fixed order per set
 */
public record EvalReport(
    EvalSet set, String against, int pages, List<Failure> failures, List<Metric> metrics) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A page that gave no article. */
  public record Failure(String id, String error) {}

  public EvalReport {
    failures = List.copyOf(failures);
    metrics = List.copyOf(metrics);
  }

  /** The report of {@code results}, the per-page results of {@code set}. */
  public static EvalReport of(EvalSet set, List<PageResult> results) {
    return of(set, null, results);
  }

  /**
   * The report of {@code results}, whose body was scored against the second opinion in {@code
   * against} (null: the set's truth).
   */
  public static EvalReport of(EvalSet set, String against, List<PageResult> results) {
    List<Failure> failures =
        results.stream()
            .filter(PageResult::failed)
            .map(r -> new Failure(r.id(), r.error()))
            .toList();
    return new EvalReport(set, against, results.size(), failures, Metrics.of(set, results));
  }

  /** The figure named {@code name}, when the set has it. */
  public Optional<Metric> metric(String name) {
    return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** A compact table for a terminal: one figure per line with its spread and page count. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(Locale.ROOT, "set %s: %d pages, %d failed%n", set, pages, failures.size()));
    if (against != null) {
      sb.append("  body.* scored against ")
          .append(against)
          .append(" (a second opinion, not the set's truth)")
          .append(System.lineSeparator());
    }
    sb.append(String.format(Locale.ROOT, "  %-24s %7s %8s %6s%n", "metric", "value", "± std", "n"));
    for (Metric m : metrics) {
      String std = m.hasStd() ? String.format(Locale.ROOT, "%.3f", m.std()) : "";
      sb.append(
          String.format(Locale.ROOT, "  %-24s %7.3f %8s %6d%n", m.name(), m.value(), std, m.n()));
    }
    for (Failure f : failures) {
      sb.append("  failed: ")
          .append(f.id())
          .append(": ")
          .append(f.error())
          .append(System.lineSeparator());
    }
    return sb.toString();
  }

  /** The report as a JSON object: set, pages, failures and metrics. */
  public ObjectNode toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("set", set.shortName()).put("folder", set.folder()).put("pages", pages);
    if (against != null) {
      o.put("against", against);
    }
    ArrayNode f = o.putArray("failures");
    failures.forEach(x -> f.addObject().put("id", x.id()).put("error", x.error()));
    ArrayNode ms = o.putArray("metrics");
    for (Metric m : metrics) {
      ObjectNode mo = ms.addObject().put("name", m.name()).put("value", m.value());
      if (m.hasStd()) {
        mo.put("std", m.std());
      } else {
        mo.putNull("std");
      }
      mo.put("n", m.n());
    }
    return o;
  }
}
