package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentScoreTest {
  @Test
  void normalise_anyWhitespaceRun_becomesOneSpaceAndEndsAreTrimmed() {
    assertThat(SegmentScore.normalise("  a\n\n b\u00a0\tc ")).isEqualTo("a b c");
  }

  @Test
  void score_segmentsAcrossLineBreaks_areFoundAfterNormalising() {
    SegmentScore.Counts c =
        SegmentScore.score(
            "First line\n\nsecond  line. Footer",
            List.of("line second line", "missing words"),
            List.of("Footer", "Cookie banner"));
    assertThat(c).isEqualTo(new SegmentScore.Counts(1, 1, 1, 1));
  }

  @Test
  void score_emptyOrFailedOutput_missesEveryWithAndAvoidsEveryWithout() {
    assertThat(SegmentScore.score(null, List.of("a", "b"), List.of("c")))
        .isEqualTo(new SegmentScore.Counts(0, 2, 0, 1));
    assertThat(SegmentScore.score("", List.of(" "), List.of(" ")))
        .isEqualTo(new SegmentScore.Counts(0, 1, 0, 1));
  }

  @Test
  void counts_summedOverPages_areMicroAveraged() {
    SegmentScore.Counts c =
        new SegmentScore.Counts(3, 0, 1, 2).plus(new SegmentScore.Counts(1, 2, 0, 3));
    assertThat(c).isEqualTo(new SegmentScore.Counts(4, 2, 1, 5));
    assertThat(c.precision()).isCloseTo(4 / 5.0, within(1e-12));
    assertThat(c.recall()).isCloseTo(4 / 6.0, within(1e-12));
    assertThat(c.accuracy()).isCloseTo(9 / 12.0, within(1e-12));
    assertThat(c.f1()).isCloseTo(8 / 11.0, within(1e-12));
  }

  @Test
  void counts_nothingFound_giveZeroNotNaN() {
    assertThat(SegmentScore.Counts.ZERO.precision()).isZero();
    assertThat(SegmentScore.Counts.ZERO.f1()).isZero();
  }
}
