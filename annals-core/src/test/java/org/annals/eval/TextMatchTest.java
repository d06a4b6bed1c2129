package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMatchTest {
  @Test
  void exact_invisibleSoftHyphensOnlyDiffer_matches() {
    assertThat(TextMatch.exact("Genesenen\u00AD\u00ADnachweise", "Genesenennachweise")).isTrue();
    assertThat(TextMatch.exact("Genesenen-nachweise", "Genesenennachweise")).isFalse();
  }

  @Test
  void exact_whitespaceOnlyDiffers_matches() {
    assertThat(TextMatch.exact(" Iran  pledges\ttalks ", "Iran pledges talks")).isTrue();
    assertThat(TextMatch.exact("Iran pledges talks", "iran pledges talks")).isFalse();
  }

  @Test
  void exact_absentAgainstPresent_doesNotMatch() {
    assertThat(TextMatch.exact("A headline", null)).isFalse();
  }

  @Test
  void lenient_caseAndPunctuation_areIgnored() {
    assertThat(TextMatch.lenient("Iran’s “new” pledge — talks!", "iran s new pledge talks"))
        .isTrue();
    assertThat(TextMatch.lenient("Iran pledges", "Iran pledged")).isFalse();
  }
}
