package org.annals.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.annals.store.MergedEvent;

/**
 * The actor graph of a set of events: an edge from source to target for the interactions between
 * them, weighted by how many there were of each quad class, with their mean Goldstein score. Nodes
 * are named from the actor base where it can ({@code RUSGOV} → "Russia: government"), else by the
 * name the events give the code most often.
 */
final class Network {
  /** An actor and how many events of the kept edges it takes part in. */
  record Node(String id, String name, int events) {}

  /** Directed: {@code source} acted on {@code target}. */
  record Edge(String source, String target, QuadTally tally) {
    int events() {
      return tally.events();
    }
  }

  record Graph(List<Node> nodes, List<Edge> edges) {
    Graph {
      nodes = List.copyOf(nodes);
      edges = List.copyOf(edges);
    }
  }

  private Network() {}

  /** The graph of {@code events}, keeping edges with at least {@code min} events. */
  static Graph of(List<MergedEvent> events, int min, Function<String, Optional<String>> knownName) {
    Map<String, QuadTally> sums = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> names = new HashMap<>();
    for (MergedEvent e : events) {
      if (e.sourceCode() == null || e.targetCode() == null || e.quad() < 1 || e.quad() > 4) {
        continue;
      }
      if (e.sourceCode().equals(e.targetCode())) {
        continue;
      }
      sums.computeIfAbsent(e.sourceCode() + "\t" + e.targetCode(), k -> new QuadTally()).add(e);
      name(names, e.sourceCode(), e.sourceName());
      name(names, e.targetCode(), e.targetName());
    }
    List<Edge> edges = new ArrayList<>();
    Map<String, Integer> degree = new HashMap<>();
    sums.forEach(
        (key, tally) -> {
          int n = tally.events();
          if (n < min) {
            return;
          }
          String[] st = key.split("\t", 2);
          edges.add(new Edge(st[0], st[1], tally));
          degree.merge(st[0], n, Integer::sum);
          degree.merge(st[1], n, Integer::sum);
        });
    edges.sort(Comparator.comparingInt(Edge::events).reversed());
    List<Node> nodes = new ArrayList<>();
    degree.forEach(
        (code, n) ->
            nodes.add(
                new Node(
                    code,
                    knownName.apply(code).orElseGet(() -> bestName(names.get(code), code)),
                    n)));
    nodes.sort(Comparator.comparingInt(Node::events).reversed().thenComparing(Node::id));
    return new Graph(nodes, edges);
  }

  private static void name(Map<String, Map<String, Integer>> names, String code, String name) {
    if (name != null) {
      names.computeIfAbsent(code, k -> new HashMap<>()).merge(name, 1, Integer::sum);
    }
  }

  private static String bestName(Map<String, Integer> counts, String code) {
    if (counts == null) {
      return code;
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(code);
  }
}
