package org.annals.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The tagger's contract: the seed article, offsets, hints, arguments, threads. */
class TimeTaggerTest {
  static final LocalDate SEED_DATE = LocalDate.of(2024, 7, 4);
  private static final TimeTagger TAGGER = TimeTagger.english();

  /** The seed article of issue 4 from ../shared; the test is skipped when it is absent. */
  static String seedText() throws IOException {
    String shared = System.getProperty("annals.shared", "../shared");
    Path seed = Path.of(shared, "corpus", "seed", "000_968a5fd984a47838.txt");
    assumeTrue(Files.exists(seed), "../shared is absent: the seed article test is skipped");
    return Files.readString(seed, StandardCharsets.UTF_8);
  }

  private static List<String> pairs(List<TimeExpression> got) {
    return got.stream().map(e -> e.text() + " = " + e.value()).toList();
  }

  @Test
  void tag_seedArticle_resolvesEveryExpressionTheIssueNames() throws IOException {
    List<TimeExpression> got = TAGGER.tag(seedText(), SEED_DATE);

    assertThat(pairs(got))
        .containsSubsequence(
            "08:46 = 2024-07-04T08:46",
            "04 July 2024 = 2024-07-04",
            "Thursday = 2024-07-04",
            "2023 = 2023",
            "May 19 = 2024-05-19",
            "May 19 = 2024-05-19",
            "A day later = 2024-05-20",
            "12 1/2 years = P12.5Y");
    assertThat(pairs(got)).noneMatch(p -> p.contains("quarter") || p.contains("second"));
  }

  @Test
  void tag_seedArticle_offsetsIndexTheTextInOrderWithoutOverlap() throws IOException {
    String text = seedText();
    List<TimeExpression> got = TAGGER.tag(text, SEED_DATE);

    assertThat(got).isNotEmpty();
    int previousEnd = 0;
    for (TimeExpression e : got) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      assertThat(e.start()).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = e.end();
    }
  }

  @Test
  void tag_tenseHint_decidesWhichMondayAPresentTenseSentenceMeans() {
    String text = "The summit opens on Monday.";

    List<TimeExpression> future =
        TAGGER.tag(text, SEED_DATE, List.of(new SentenceHint(0, text.length(), Tense.FUTURE)));
    List<TimeExpression> past =
        TAGGER.tag(text, SEED_DATE, List.of(new SentenceHint(0, text.length(), Tense.PAST)));

    assertThat(pairs(future)).containsExactly("Monday = 2024-07-08");
    assertThat(pairs(past)).containsExactly("Monday = 2024-07-01");
  }

  @Test
  void tag_sentenceHints_keepExpressionsInsideTheirSentence() {
    String text = "They arrived in May 19 people were hurt";
    int cut = text.indexOf("May") + 3;
    List<SentenceHint> hints =
        List.of(
            new SentenceHint(0, cut, Tense.PAST),
            new SentenceHint(cut + 1, text.length(), Tense.PAST));

    assertThat(pairs(TAGGER.tag(text, SEED_DATE, hints))).containsExactly("May = 2024-05");
    assertThat(pairs(TAGGER.tag(text, SEED_DATE))).containsExactly("May 19 = 2024-05-19");
  }

  @Test
  void tag_unknownTenseHint_fallsBackOnTheSentenceCues() {
    String text = "The ministers will meet on Monday.";

    List<TimeExpression> got =
        TAGGER.tag(text, SEED_DATE, List.of(new SentenceHint(0, text.length(), Tense.UNKNOWN)));

    assertThat(pairs(got)).containsExactly("Monday = 2024-07-08");
  }

  @Test
  void tag_relativeChainAcrossParagraphs_anchorsToTheDateMentionedLast() {
    String text =
        "The rebels took the city on 2 March 2022.\n\nThree days later, the army returned."
            + "\n\nThe following week, talks began.";

    assertThat(pairs(TAGGER.tag(text, SEED_DATE)))
        .containsExactly(
            "2 March 2022 = 2022-03-02",
            "Three days later = 2022-03-05",
            "The following week = 2022-W10");
  }

  @Test
  void tag_expressionTypes_followTimeMl() {
    List<TimeExpression> got =
        TAGGER.tag("On Monday at 10:30 the talks, held every week, lasted two hours.", SEED_DATE);

    assertThat(got)
        .extracting(TimeExpression::type)
        .containsExactly(
            TimeExpression.DATE, TimeExpression.TIME, TimeExpression.SET, TimeExpression.DURATION);
  }

  @Test
  void tag_emptyOrBlankText_givesNothing() {
    assertThat(TAGGER.tag("", SEED_DATE)).isEmpty();
    assertThat(TAGGER.tag(" \n\n\t ", SEED_DATE)).isEmpty();
  }

  @Test
  void tag_nullArguments_failFastNamingTheArgument() {
    assertThatThrownBy(() -> TAGGER.tag(null, SEED_DATE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text must not be null");
    assertThatThrownBy(() -> TAGGER.tag("Monday", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reportDate must not be null");
    assertThatThrownBy(() -> TAGGER.tag("Monday", SEED_DATE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sentences must not be null");
  }

  @Test
  void english_calledTwice_givesTheSameLoadedTagger() {
    assertThat(TimeTagger.english()).isSameAs(TimeTagger.english());
  }

  @Test
  void tag_concurrentCalls_giveTheSameResultsAsOneThread() throws Exception {
    String text = seedText();
    List<TimeExpression> expected = TAGGER.tag(text, SEED_DATE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TimeExpression>>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        futures.add(pool.submit(() -> TAGGER.tag(text, SEED_DATE)));
      }
      for (Future<List<TimeExpression>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void timeExpression_offsetsThatDoNotFitTheText_areRejected() {
    assertThatThrownBy(() -> new TimeExpression("May", 3, 4, "DATE", "2024-05"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time expression 'May' has offsets 3..4 that do not fit");
    assertThatThrownBy(() -> new TimeExpression("May", 0, 3, "MONTH", "2024-05"))
        .hasMessageContaining("has type 'MONTH'; expected one of");
    assertThatThrownBy(() -> new TimeExpression("May", 0, 3, "DATE", "may 2024"))
        .hasMessage("time expression 'May' has value 'may 2024'; expected a TIMEX3 value");
  }

  @Test
  void sentenceHint_invalidOffsets_areRejected() {
    assertThatThrownBy(() -> new SentenceHint(5, 2, Tense.PAST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentence offsets 5..2 are invalid");
  }
}
