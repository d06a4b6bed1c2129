package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DateScoreTest {
  @Test
  void score_sameDay_isTruePositive() {
    assertThat(DateScore.score("2024-07-04", "2024-07-04"))
        .isEqualTo(new DateScore.Counts(1, 0, 0, 0, 1));
  }

  @Test
  void score_otherDay_isFalsePositiveOnly() {
    assertThat(DateScore.score("2024-07-04", "2024-07-05"))
        .isEqualTo(new DateScore.Counts(0, 1, 0, 0, 1));
  }

  @Test
  void score_answerWithoutReference_isFalsePositive() {
    assertThat(DateScore.score(null, "2024-07-05")).isEqualTo(new DateScore.Counts(0, 1, 0, 0, 1));
  }

  @Test
  void score_noAnswerWithReference_isFalseNegative() {
    assertThat(DateScore.score("2024-07-04", null)).isEqualTo(new DateScore.Counts(0, 0, 1, 0, 1));
  }

  @Test
  void score_noAnswerNoReference_isTrueNegativeAndAlsoFalseNegative() {
    assertThat(DateScore.score(null, null)).isEqualTo(new DateScore.Counts(0, 0, 1, 1, 1));
  }

  @Test
  void counts_overACorpus_followTheHtmldateFormulas() {
    DateScore.Counts c =
        Stream.of(
                DateScore.score("2020-01-01", "2020-01-01"),
                DateScore.score("2020-01-02", "2020-01-02"),
                DateScore.score("2020-01-03", "2019-01-03"),
                DateScore.score("2020-01-04", null),
                DateScore.score(null, null))
            .reduce(DateScore.Counts.ZERO, DateScore.Counts::plus);
    assertThat(c).isEqualTo(new DateScore.Counts(2, 1, 2, 1, 5));
    assertThat(c.precision()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(c.recall()).isCloseTo(2 / 4.0, within(1e-12));
    assertThat(c.accuracy()).isCloseTo(3 / 5.0, within(1e-12));
    assertThat(c.f()).isCloseTo(4 / 7.0, within(1e-12));
  }
}
