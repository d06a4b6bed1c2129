package org.annals.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written table {@code cases.tsv}: news-like sentences in past and future tense, relative
 * chains, every seed case of issue 4, and sentences that hold no time expression.
 */
class TimeTaggerCasesTest {
  static Stream<Cases.Case> cases() {
    return Cases.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void tag_handWrittenSentence_givesTheExpectedExpressions(Cases.Case c) {
    List<TimeExpression> got = TimeTagger.english().tag(c.sentence(), c.date());

    assertThat(Cases.render(got, c.expected()))
        .as("tagging '%s' on %s gave: %s", c.sentence(), c.date(), Cases.describe(got))
        .containsExactlyElementsOf(c.expected());
  }
}
