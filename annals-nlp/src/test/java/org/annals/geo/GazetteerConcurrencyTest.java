package org.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GazetteerConcurrencyTest {
  private static final String[] NAMES = {
    "Paris",
    "Georgia",
    "Washington",
    "Astana",
    "East Azerbaijan",
    "Moscow",
    "Tehran",
    "Kiev",
    "Springfield",
    "Tripoli",
    "Iranian",
    "Qwzxville"
  };
  private static final String TEXT = "Officials in %s said the Iranian province of %s was calm.";

  @Test
  void lookupAndResolve_fromManyThreads_sameAnswersAsAlone() throws Exception {
    Gazetteer gazetteer = Gazetteer.standard();
    PlaceResolver resolver = PlaceResolver.standard();
    List<Object> alone = answers(gazetteer, resolver);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Object>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> repeat(gazetteer, resolver, 200)));
      }
      for (Future<List<Object>> run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Object> repeat(Gazetteer g, PlaceResolver r, int times) {
    List<Object> last = null;
    for (int i = 0; i < times; i++) {
      last = answers(g, r);
    }
    return last;
  }

  private static List<Object> answers(Gazetteer g, PlaceResolver r) {
    List<Object> out = new ArrayList<>();
    for (String name : NAMES) {
      out.add(g.lookup(name));
      String text = String.format(java.util.Locale.ROOT, TEXT, name, name);
      int at = text.lastIndexOf(name);
      Optional<GeoEntry> place = r.resolve(text, at, at + name.length(), PlaceContext.none());
      out.add(place);
    }
    return out;
  }
}
