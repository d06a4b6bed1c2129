package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.ArticleIds;
import org.annals.model.Timestamp;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.Annotator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tag-only reading that spares the parser ({@link Subjects}) against the parse: a sentence the
 * tags rule out gives no event when parsed anyway, and a sentence that holds an event is parsed.
 */
class SubjectsTest {
  private static AnnotatedArticle annotate(String sentence) {
    Article a =
        new Article(
            ArticleIds.fromContent("test", List.of(sentence)),
            "test",
            null,
            null,
            null,
            null,
            List.of(),
            Timestamp.ofDate(LocalDate.of(2024, 7, 4)),
            null,
            "en",
            List.of(sentence),
            List.of(),
            List.of());
    return Annotator.standard().annotate(a);
  }

  private static SentenceCoder coder(AnnotatedArticle a) {
    ActorIndex index = new ActorIndex(ActorSpans.mentions().find(a));
    return new SentenceCoder(a, a.sentences().get(0), Lexicon.standard(), index, List.of());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The minister, who hosted the meeting, said the pact was a modest step.",
        "Russia was not invited to the meeting in Oslo.",
        "Officials said the figures released by the statistics office showed a rise.",
        "The committee said it would summon the heads of the customs service next week.",
        "The agreement could be signed in Geneva next week.",
        "Analysts said the strategy of establishing close ties with Russia had failed.",
        "Officials said the committee agreed to meet in Bishkek in turn.",
        "\"We are ready,\" Vasconcelos told reporters after the meeting.",
        "The ferry left the port on Sunday and struck the reef near Russia.",
        "Officials said the figures released by Russia showed a rise.",
        "\"Nobody can cover this ocean alone,\" Aasland told reporters.",
      })
  void candidates_tagsRuleOut_parseGivesNothingEither(String sentence) {
    SentenceCoder c = coder(annotate(sentence));
    assertThat(c.candidates()).isEmpty();
    assertThat(c.codeParsed()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The German chancellor met with the Polish prime minister in Warsaw on Tuesday.",
        "Ghana and Togo on Wednesday condemned Russia.",
        "Russian aircraft including helicopter gunships attacked Afghanistan.",
        "Germany was criticized by Poland.",
        "Japan urged Iran to meet with Iraq.",
        "Russia said on Tuesday that Sudan must return the helicopter.",
        "France and Germany condemned Russia on Monday.",
        "Vietnam and the Philippines agreed on Tuesday to set up a hotline.",
        "The talks ended and Russia signed a treaty with Iran.",
        "Japan welcomed the plan but criticised China.",
      })
  void candidates_sentenceWithEvent_isParsedAndCoded(String sentence) {
    SentenceCoder c = coder(annotate(sentence));
    assertThat(c.candidates()).isNotEmpty();
    assertThat(c.codeParsed()).isNotEmpty();
  }
}
