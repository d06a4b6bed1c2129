package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The event evaluations on ../shared (skipped when absent): figures that must not fall back. */
class EventEvalsTest {
  private static Path events() {
    String p = System.getProperty("annals.shared");
    Path dir = Path.of(p == null || p.isBlank() ? "../shared" : p).resolve("data/events");
    assumeTrue(Files.isDirectory(dir), "../shared is absent (a fresh clone): skipped");
    return dir;
  }

  @Test
  void run_ploverGold_typePrecisionMeetsTarget() throws Exception {
    PloverEval.Report r = PloverEval.run(events().resolve("plover/PLOVER_GSR_CAMEO.json"), o -> {});
    assertThat(r.records()).isEqualTo(322);
    assertThat(r.typePrecision()).isGreaterThanOrEqualTo(0.85);
    assertThat(r.coded()).isGreaterThanOrEqualTo(100);
  }

  @Test
  void run_petrarchRecords_noEventRecordsStayEmptyAndActorsAgree() throws Exception {
    PetrarchEval.Report r = PetrarchEval.run(events().resolve("petrarch2"), o -> {});
    assertThat(r.records()).isEqualTo(284);
    assertThat(r.noEventClean()).isEqualTo(r.noEventRecords());
    assertThat(r.pairPrecision()).isGreaterThanOrEqualTo(0.7);
    assertThat(r.confusion().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(r.pairHits());
    assertThat(r.table()).contains("per-code confusion").contains("Grant diplomatic recognition");
  }

  @Test
  void markedText_nestedMarks_areStripped() {
    assertThat(PloverEval.markedText("(SRC: (EVT: car bomb)) hit (TAR: a town)", "SRC"))
        .containsExactly("car bomb");
    assertThat(PloverEval.markedText("(SRC/TAR: A and B) met", "TAR")).containsExactly("A and B");
  }
}
