package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Odd articles give warnings and what can be found, never an exception. */
class BadInputTest {
  private static final String SENTENCE =
      "The Ghanaian foreign minister met his Togolese counterpart in Lomé on Monday to discuss the"
          + " border, officials said. ";

  private final Annotator annotator = Annotator.standard();

  @Test
  void annotate_emptyBody_warnsAndFindsNothing() {
    AnnotatedArticle a = annotator.annotate(Articles.of("2024-07-04T08:46", "en"));
    assertThat(a.mentions()).isEmpty();
    assertThat(a.sentences()).isEmpty();
    assertThat(a.warnings()).extracting(Warning::code).containsExactly("no-text");
  }

  @Test
  void annotate_noDate_warnsAndStillResolvesNames() {
    AnnotatedArticle a =
        annotator.annotate(Articles.of(null, "en", "Vladimir Putin spoke in Moscow."));
    assertThat(a.warnings()).extracting(Warning::code).contains("no-date");
    assertThat(a.entities()).extracting(Entity::name).contains("Vladimir Putin", "Moscow");
  }

  @Test
  void annotate_nonEnglish_flaggedAndAnnotatedAsFarAsSensible() {
    AnnotatedArticle a =
        annotator.annotate(
            Articles.of(
                "2024-07-04T08:46",
                "fr",
                "Le président russe Vladimir Putin a rencontré jeudi à Astana le président"
                    + " iranien par intérim, Mohammad Mokhber."));
    assertThat(a.warnings()).extracting(Warning::code).containsExactly("not-english");
    assertThat(a.warnings().get(0).message()).contains("'fr'");
    assertThat(a.entities()).extracting(Entity::name).contains("Vladimir Putin");
  }

  @Test
  @Timeout(120)
  void annotate_oneMegabyteArticle_annotatedUpToTheLimitWithAWarning() {
    String[] paragraphs = new String[1024 * 1024 / (SENTENCE.length() * 4) + 1];
    java.util.Arrays.fill(paragraphs, SENTENCE.repeat(4).strip());
    AnnotatedArticle a = annotator.annotate(Articles.of("2024-07-04T08:46", "en", paragraphs));
    assertThat(a.article().text().length()).isGreaterThan(1024 * 1024);
    assertThat(a.warnings()).extracting(Warning::code).contains("text-truncated");
    assertThat(a.sentences()).hasSizeGreaterThan(500);
    assertThat(a.sentences().get(a.sentences().size() - 1).end())
        .isLessThanOrEqualTo(StandardAnnotator.MAX_CHARS);
    assertThat(a.entities()).extracting(Entity::name).contains("Lomé");
  }

  @Test
  @Timeout(60)
  void annotate_paragraphWithNoSentenceEnd_splitIntoBoundedSentences() {
    String run = "officials from the two countries met again and talked ".repeat(400);
    AnnotatedArticle a =
        annotator.annotate(
            Articles.of("2024-07-04T08:46", "en", "Talks in Accra " + run, SENTENCE.strip()));
    assertThat(a.warnings()).extracting(Warning::code).contains("long-sentence");
    assertThat(a.sentences()).allSatisfy(s -> assertThat(s.end() - s.start()).isLessThan(3000));
    assertThat(a.entities()).extracting(Entity::name).contains("Lomé");
  }

  @Test
  void annotate_quotationMarksAroundNothing_noQuoteAndNoException() {
    AnnotatedArticle a =
        annotator.annotate(
            Articles.of("2024-07-04T08:46", "en", "Iran said \" \" on Thursday, and \",\" too."));
    assertThat(a.quotes()).isEmpty();
  }

  @Test
  void annotate_controlCharactersAndOddUnicode_noException() {
    String odd = "Putin\u0000 met \uFEFFMokhber\u200B in \uD83D\uDE00 Astana\u0007 on Thursday.";
    AnnotatedArticle a = annotator.annotate(Articles.of("2024-07-04T08:46", "en", odd));
    for (Mention m : a.mentions()) {
      assertThat(a.article().text().substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }
}
