package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class GoldSetsTest {
  @Test
  void day_isoDateOrDateTime_givesTheDay() {
    assertThat(GoldSets.day("2024-06-25")).isEqualTo("2024-06-25");
    assertThat(GoldSets.day("2015-07-24T05:36:09+01:00")).isEqualTo("2015-07-24");
    assertThat(GoldSets.day("2017-11-03 03:01:00.000000")).isEqualTo("2017-11-03");
  }

  @Test
  void day_unpaddedOrDottedDay_isNormalised() {
    assertThat(GoldSets.day("2022-11-1")).isEqualTo("2022-11-01");
    assertThat(GoldSets.day("2022-01.26")).isEqualTo("2022-01-26");
  }

  @Test
  void day_missingMarkers_areAbsent() {
    assertThat(GoldSets.day("NaT")).isNull();
    assertThat(GoldSets.day("NaN")).isNull();
    assertThat(GoldSets.day(" ")).isNull();
    assertThat(GoldSets.day(null)).isNull();
  }

  @Test
  void day_otherForm_isKeptSoItNeverMatches() {
    assertThat(GoldSets.day("July 4, 2024")).isEqualTo("July 4, 2024");
  }

  @Test
  void blockText_blocks_becomeParagraphsAndInlineTextStaysJoined() {
    String html =
        "<div><h2>Title  here</h2><p>One <b>bold</b><br>line.</p><ul><li>a</li><li>b</li></ul>tail</div>";
    assertThat(BlockText.of(Jsoup.parse(html).body()))
        .isEqualTo("Title here\n\nOne bold line.\n\na\n\nb\n\ntail");
  }
}
