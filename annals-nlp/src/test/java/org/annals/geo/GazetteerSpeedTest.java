package org.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bounds far above what a quiet machine measures (GeoBench: a cold load of about 0.6 s, lookups of
 * about a microsecond), so that a busy CI machine passes and a regression of tenfold does not.
 */
@Tag("speed") // a timing: run with mvn -Dspeed test; not part of verify
class GazetteerSpeedTest {

  @Test
  void run_shippedGazetteer_fastAndSmall() {
    GeoBench.Result r = GeoBench.run(50_000);

    assertThat(r.lookupMicros()).as("µs per lookup").isLessThan(20);
    assertThat(r.resolveMicros()).as("µs per resolve in context").isLessThan(50);
    assertThat(r.heapBytes()).as("heap of the loaded gazetteer").isLessThan(120_000_000);
  }

  @Test
  void load_fresh_underTwoSeconds() {
    long t0 = System.nanoTime();
    StandardGazetteer g = GazetteerLoader.load();
    double seconds = (System.nanoTime() - t0) / 1e9;

    assertThat(g.count(PlaceKind.CITY)).isPositive();
    assertThat(seconds).as("seconds to load (warm JVM)").isLessThan(2);
  }
}
