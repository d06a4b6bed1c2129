package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameScoreTest {
  @Test
  void split_commaOrSemicolonJoinedNames_givesEachName() {
    assertThat(NameScore.split("Ann Lee, BOB  RAY; Cy"))
        .containsExactly("Ann Lee", "BOB  RAY", "Cy");
    assertThat(NameScore.split("")).isEmpty();
    assertThat(NameScore.split(null)).isEmpty();
  }

  @Test
  void splitByline_byAndConjunctions_areDropped() {
    assertThat(NameScore.splitByline("By Ann Lee and Bob Ray & Cy Young"))
        .containsExactly("Ann Lee", "Bob Ray", "Cy Young");
    assertThat(NameScore.splitByline("Alexander Andersen")).containsExactly("Alexander Andersen");
  }

  @Test
  void score_caseAndSpacing_areIgnored() {
    NameScore.Counts c =
        NameScore.score(
            List.of("RALPH D. RUSSO", "Bob Ferrante"), List.of("Ralph  D. Russo", "Staff"));
    assertThat(c).isEqualTo(new NameScore.Counts(1, 2, 2));
    assertThat(c.precision()).isEqualTo(0.5);
    assertThat(c.recall()).isEqualTo(0.5);
  }

  @Test
  void score_namesOnAPageWithoutAuthors_costPrecision() {
    NameScore.Counts c =
        NameScore.score(List.of(), List.of("Someone"))
            .plus(NameScore.score(List.of("Ann Lee"), List.of("Ann Lee")));
    assertThat(c.precision()).isEqualTo(0.5);
    assertThat(c.recall()).isEqualTo(1.0);
  }

  @Test
  void score_duplicates_countOnce() {
    assertThat(NameScore.score(List.of("Ann"), List.of("Ann", "ann")))
        .isEqualTo(new NameScore.Counts(1, 1, 1));
  }

  @Test
  void counts_moreMatchesThanNames_areRejected() {
    assertThatThrownBy(() -> new NameScore.Counts(2, 1, 2))
        .hasMessageContaining("matched 2 of 1 predicted");
  }
}
