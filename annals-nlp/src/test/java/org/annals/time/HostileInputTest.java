package org.annals.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Input that must never break the tagger: a megabyte of digits, of random Unicode, of dense time
 * expressions with no sentence end, other languages, and seeded random word salad.
 */
class HostileInputTest {
  private static final LocalDate DATE = LocalDate.of(2024, 7, 4);
  private static final TimeTagger TAGGER = TimeTagger.english();
  private static final int MEGABYTE = 1 << 20;

  private static String repeat(String unit) {
    StringBuilder sb = new StringBuilder(MEGABYTE + unit.length());
    while (sb.length() < MEGABYTE) {
      sb.append(unit);
    }
    return sb.toString();
  }

  /** Every expression lies inside the text, matches its span, and they come in order. */
  private static void assertWellFormed(String text, List<TimeExpression> got) {
    int previousEnd = 0;
    for (TimeExpression e : got) {
      assertThat(e.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(e.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      previousEnd = e.end();
    }
  }

  @Test
  void tag_megabyteOfDigits_findsNothingQuickly() {
    String digits = repeat("8");

    long t0 = System.nanoTime();
    List<TimeExpression> got = TAGGER.tag(digits, DATE);

    assertThat(got).isEmpty();
    assertThat((System.nanoTime() - t0) / 1_000_000).as("milliseconds").isLessThan(5_000);
  }

  @Test
  void tag_megabyteOfDigitsAndSeparators_staysLinear() {
    String text = repeat("1:2:3.4/5/6-7-8 12.07.2024 ");

    long t0 = System.nanoTime();
    List<TimeExpression> got = TAGGER.tag(text, DATE);

    assertThat(got).isNotEmpty();
    assertWellFormed(text, got);
    assertThat((System.nanoTime() - t0) / 1_000_000).as("milliseconds").isLessThan(30_000);
  }

  @Test
  void tag_megabyteOfDenseExpressionsWithoutSentenceEnd_isWellFormed() {
    String text = repeat("May 19 2024 the last few years ago on Thursday night at 8 p.m. ");

    List<TimeExpression> got = TAGGER.tag(text, DATE);

    assertThat(got.size()).isGreaterThan(10_000);
    assertWellFormed(text, got);
  }

  @Test
  void tag_megabyteOfRandomUnicode_neverThrows() {
    long seed = 20240704L;
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(MEGABYTE);
    while (sb.length() < MEGABYTE) {
      sb.appendCodePoint(r.nextInt(0x2FFFF));
    }
    String text = sb.toString();

    assertWellFormed(text, TAGGER.tag(text, DATE));
  }

  @Test
  void tag_otherLanguages_returnWhatCanBeRead() {
    String german = "Am Donnerstag, 04.07.2024, trafen sich die Minister in Astana.";
    String russian = "В четверг, 4 июля 2024 года, министры встретились в Астане.";
    String arabic = "التقى الوزراء في أستانا يوم الخميس 4 يوليو 2024.";
    String chinese = "2024年7月4日，部长们在阿斯塔纳会面。";

    assertThat(TAGGER.tag(german, DATE))
        .extracting(TimeExpression::value)
        .containsExactly("2024-07-04");
    assertThat(TAGGER.tag(russian, DATE)).extracting(TimeExpression::value).contains("2024");
    assertWellFormed(arabic, TAGGER.tag(arabic, DATE));
    assertWellFormed(chinese, TAGGER.tag(chinese, DATE));
  }

  @Test
  void tag_seededWordSalad_isAlwaysWellFormed() {
    String[] words = {
      "May",
      "the",
      "19",
      "2024",
      "last",
      "next",
      "week",
      "a",
      "day",
      "later",
      "ago",
      ",",
      ".",
      "Thursday",
      "night",
      "12",
      "1/2",
      "years",
      "every",
      "twice",
      "of",
      "July",
      "-",
      "'",
      "90s",
      "early",
      "the end of",
      "about",
      "more than",
      "8",
      "p.m.",
      ":",
      "30",
      "Q3",
      "fiscal",
      "\n",
      "half",
      "an",
      "hour",
      "decades",
      "Christmas",
      "Eve",
      "New",
      "Year",
      "'s",
      "spring",
      "mid"
    };
    long seed = 4L;
    Random r = new Random(seed);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + r.nextInt(30);
      for (int k = 0; k < length; k++) {
        sb.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      LocalDate date = LocalDate.of(1990 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28));
      assertWellFormed(text, TAGGER.tag(text, date));
    }
  }

  @Test
  void tag_extremeReportDates_doNotBreakTheCalendar() {
    String text = "Two centuries ago, on May 19, the following year, next decade, in the 1990s.";

    assertWellFormed(text, TAGGER.tag(text, LocalDate.of(1, 1, 1)));
    assertWellFormed(text, TAGGER.tag(text, LocalDate.of(9999, 12, 31)));
  }
}
