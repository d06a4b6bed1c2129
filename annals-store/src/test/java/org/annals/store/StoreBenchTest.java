package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBenchTest {
  @TempDir Path dir;

  @Test
  void run_smallStore_measuresWritesAndSearches() throws Exception {
    StoreBench.Result r = StoreBench.run(dir.resolve("bench"), 1500, 100, 42);
    assertThat(r.articles()).isEqualTo(1500);
    assertThat(r.articlesPerSecond()).isPositive();
    assertThat(r.reprints()).as("one article in ten is a reprint").isBetween(100L, 200L);
    assertThat(r.p50Millis()).isPositive().isLessThanOrEqualTo(r.p99Millis());
    assertThat(r.p99Millis()).isLessThanOrEqualTo(r.maxMillis());
    assertThat(r.bytes()).isPositive();
    try (Store s = Store.openForReading(dir.resolve("bench"))) {
      assertThat(s.stats().articles()).isEqualTo(1500);
      assertThat(s.stats().stories()).isEqualTo(1500 - r.reprints());
    }
  }

  /**
   * The full benchmark, run on request only: {@code mvn -B -q -o -pl annals-store -am test
   * -Dtest=StoreBenchTest -Dsurefire.failIfNoSpecifiedTests=false -Dannals.store.bench=100000}.
   */
  @Test
  void run_requestedSize_printsFigures() throws Exception {
    String size = System.getProperty("annals.store.bench");
    assumeTrue(size != null, "set -Dannals.store.bench=N to run the store benchmark");
    StoreBench.Result r = StoreBench.run(dir.resolve("bench"), Integer.parseInt(size), 1000, 7);
    System.out.println(
        String.format(
            Locale.ROOT,
            "store bench: %d articles in %.1f s = %.0f articles/s (%d reprints), %.1f MB; search over %d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms",
            r.articles(),
            r.seconds(),
            r.articlesPerSecond(),
            r.reprints(),
            r.bytes() / 1e6,
            r.queries(),
            r.p50Millis(),
            r.p99Millis(),
            r.maxMillis()));
  }
}
