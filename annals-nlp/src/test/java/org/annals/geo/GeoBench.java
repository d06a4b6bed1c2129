package org.annals.geo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Cold load time, heap and lookup speed of the shipped gazetteer, in a fresh JVM. Run: {@code mvn
 * -B -q -o test-compile -pl annals-core,annals-nlp} then {@code java -cp
 * annals-nlp/target/test-classes:annals-nlp/target/classes:annals-core/target/classes
 * org.annals.geo.GeoBench}.
 */
final class GeoBench {
  private GeoBench() {}

  /** What was measured. */
  record Result(
      double loadMillis,
      double loadCpuMillis,
      long heapBytes,
      double lookupMicros,
      double resolveMicros,
      int countries,
      int divisions,
      int cities) {}

  static Result run(int operations) {
    long before = usedHeap();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.standard();
    int cities = gazetteer.count(PlaceKind.CITY);
    double loadMillis = (System.nanoTime() - t0) / 1e6;
    double loadCpuMillis = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
    long heap = usedHeap() - before;
    List<String> names =
        ((StandardGazetteer) gazetteer).places().map(p -> p.entry().name()).limit(20_000).toList();
    double lookup = timeLookups(gazetteer, names, operations);
    double resolve = timeResolves(PlaceResolver.standard(), names, operations);
    return new Result(
        loadMillis,
        loadCpuMillis,
        heap,
        lookup,
        resolve,
        gazetteer.count(PlaceKind.COUNTRY),
        gazetteer.count(PlaceKind.ADM1),
        cities);
  }

  private static double timeLookups(Gazetteer g, List<String> names, int operations) {
    long sink = 0;
    for (int i = 0; i < operations; i++) { // warm-up
      sink += g.lookup(names.get(i % names.size())).size();
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < operations; i++) {
      sink += g.lookup(names.get(i % names.size())).size();
    }
    double micros = (System.nanoTime() - t0) / 1e3 / operations;
    return sink < 0 ? -1 : micros;
  }

  private static double timeResolves(PlaceResolver r, List<String> names, int operations) {
    long sink = 0;
    for (int round = 0; round < 2; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < operations; i++) {
        String name = names.get(i % names.size());
        String text = "Officials in the Iranian province of " + name + ", Norway, said so.";
        int start = 37;
        sink +=
            r.resolve(text, start, start + name.length(), PlaceContext.none()).isPresent() ? 1 : 0;
      }
      if (round == 1) {
        double micros = (System.nanoTime() - t0) / 1e3 / operations;
        return sink < 0 ? -1 : micros;
      }
    }
    throw new AssertionError("unreachable");
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  public static void main(String[] args) {
    Result r = run(args.length > 0 ? Integer.parseInt(args[0]) : 200_000);
    System.out.println(
        String.format(
            Locale.ROOT,
            "gazetteer: %d countries, %d divisions, %d cities; cold load %.0f ms (%.0f ms CPU of"
                + " the loading thread); heap %.1f MB;"
                + " lookup %.2f µs; resolve in context %.2f µs",
            r.countries(),
            r.divisions(),
            r.cities(),
            r.loadMillis(),
            r.loadCpuMillis(),
            r.heapBytes() / 1e6,
            r.lookupMicros(),
            r.resolveMicros()));
  }
}
