package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
  private static final double EPS = 1e-12;

  @Test
  void tokens_unicodeText_keepsLettersDigitsUnderscoreAndCase() {
    assertThat(ShingleScore.tokens("Grüße, Welt! naïve_x 42 — Ελλάδα."))
        .containsExactly("Grüße", "Welt", "naïve_x", "42", "Ελλάδα");
  }

  @Test
  void tokens_null_isEmpty() {
    assertThat(ShingleScore.tokens(null)).isEmpty();
  }

  @Test
  void shingles_fewerThanFourTokens_giveOneShingleOfAllTokens() {
    assertThat(ShingleScore.shingles(List.of("a", "b", "c")))
        .containsExactly(Map.entry("a b c", 1));
  }

  @Test
  void shingles_repeatedRun_areCountedAsAMultiset() {
    assertThat(ShingleScore.shingles(ShingleScore.tokens("a b c d a b c d")))
        .containsOnly(
            Map.entry("a b c d", 2),
            Map.entry("b c d a", 1),
            Map.entry("c d a b", 1),
            Map.entry("d a b c", 1));
  }

  @Test
  void score_oneShingleSwapped_normalisesTpFpFnBySum() {
    ShingleScore.Page p = ShingleScore.score("a b c d e", "a b c d x");
    assertThat(p.tp()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(p.fp()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(p.fn()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(p.precision()).isCloseTo(0.5, within(EPS));
    assertThat(p.recall()).isCloseTo(0.5, within(EPS));
    assertThat(p.exact()).isFalse();
  }

  @Test
  void score_extraShingleInPrediction_isFalsePositiveOnly() {
    ShingleScore.Page p = ShingleScore.score("a b c d", "a b c d e");
    assertThat(p.precision()).isCloseTo(0.5, within(EPS));
    assertThat(p.recall()).isEqualTo(1.0);
  }

  @Test
  void score_repeatedShingle_countsTheSmallerMultiplicityAsTruePositive() {
    ShingleScore.Page p = ShingleScore.score("a b c d", "a b c d. A! a b c d");
    // prediction shingles: abcd x2, bcdA, cdAa, dAab, Aabc (6); truth: abcd (1)
    assertThat(p.precision()).isCloseTo(1 / 6.0, within(EPS));
    assertThat(p.recall()).isEqualTo(1.0);
  }

  @Test
  void score_differentPunctuationAndSpacing_isExactAndPerfect() {
    ShingleScore.Page p =
        ShingleScore.score("One, two.\n\nThree four five!", "One two Three   four five");
    assertThat(p.exact()).isTrue();
    assertThat(p.f1()).isEqualTo(1.0);
  }

  @Test
  void score_caseDiffers_isAMiss() {
    assertThat(ShingleScore.score("a b c d", "A b c d").tp()).isZero();
  }

  @Test
  void score_emptyPrediction_isNotPredictedAndRecallZero() {
    ShingleScore.Page p = ShingleScore.score("a b c d e", "");
    assertThat(p.predicted()).isFalse();
    assertThat(p.annotated()).isTrue();
    assertThat(p.recall()).isZero();
    assertThat(p.fn()).isEqualTo(1.0);
  }

  @Test
  void score_emptyTruth_isNotAnnotatedAndPrecisionZero() {
    ShingleScore.Page p = ShingleScore.score(null, "a b c d e");
    assertThat(p.annotated()).isFalse();
    assertThat(p.predicted()).isTrue();
    assertThat(p.precision()).isZero();
  }

  @Test
  void score_bothEmpty_givesZeroCountsPerfectRatiosAndExact() {
    ShingleScore.Page p = ShingleScore.score("", "...");
    assertThat(List.of(p.tp(), p.fp(), p.fn())).containsOnly(0.0);
    assertThat(p.precision()).isEqualTo(1.0);
    assertThat(p.recall()).isEqualTo(1.0);
    assertThat(p.exact()).isTrue();
    assertThat(p.predicted() || p.annotated()).isFalse();
  }

  @Test
  void score_shortTexts_matchOnlyAsAWhole() {
    assertThat(ShingleScore.score("a b c", "a b c").f1()).isEqualTo(1.0);
    assertThat(ShingleScore.score("a b c", "a b").tp()).isZero();
  }

  @Test
  void summarise_pagesWithEmptySides_leaveTheirAverageOut() {
    ShingleScore.Page half = ShingleScore.score("a b c d e", "a b c d x");
    ShingleScore.Page nothingPredicted = ShingleScore.score("a b c d e", "");
    ShingleScore.Page nothingTrue = ShingleScore.score("", "a b c d e");
    ShingleScore.Summary s = ShingleScore.summarise(List.of(half, nothingPredicted, nothingTrue));
    assertThat(s.precision()).isCloseTo((0.5 + 0) / 2, within(EPS));
    assertThat(s.recall()).isCloseTo((0.5 + 0) / 2, within(EPS));
    assertThat(s.accuracy()).isZero();
    assertThat(s.pages()).isEqualTo(3);
  }

  @Test
  void summarise_f1_isHarmonicMeanOfAveragesNotMeanOfPageF1() {
    ShingleScore.Page a = new ShingleScore.Page(0.5, 0, 0.5, false);
    ShingleScore.Page b = new ShingleScore.Page(0.5, 0.5, 0, false);
    ShingleScore.Summary s = ShingleScore.summarise(List.of(a, b));
    assertThat(s.precision()).isCloseTo(0.75, within(EPS));
    assertThat(s.recall()).isCloseTo(0.75, within(EPS));
    assertThat(s.f1()).isCloseTo(0.75, within(EPS));
    assertThat((a.f1() + b.f1()) / 2).isCloseTo(2 / 3.0, within(EPS));
  }

  @Test
  void summarise_noPages_isAllZero() {
    assertThat(ShingleScore.summarise(List.of()))
        .isEqualTo(new ShingleScore.Summary(0, 0, 0, 0, 0));
  }

  @Test
  void bootstrap_sameSeed_repeatsAndIdenticalPagesHaveNoSpread() {
    List<ShingleScore.Page> pages =
        List.of(
            ShingleScore.score("a b c d e", "a b c d x"),
            ShingleScore.score("a b c d e f", "a b c d e f"),
            ShingleScore.score("a b c d", ""));
    assertThat(ShingleScore.bootstrap(pages, 200, 7))
        .isEqualTo(ShingleScore.bootstrap(pages, 200, 7));
    assertThat(ShingleScore.bootstrap(pages, 200, 7).f1()).isPositive();
    ShingleScore.Page same = ShingleScore.score("a b c d e", "a b c d x");
    ShingleScore.Spread none = ShingleScore.bootstrap(List.of(same, same, same), 100, 1);
    assertThat(none.f1()).isCloseTo(0, within(EPS));
    assertThat(none.resamples()).isEqualTo(100);
  }
}
