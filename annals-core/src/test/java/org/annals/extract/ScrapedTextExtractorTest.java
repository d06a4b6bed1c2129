package org.annals.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.annals.model.Article;
import org.annals.model.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * The scraped-text reader on small texts written for the purpose (the seed is in SeedArticleTest).
 */
class ScrapedTextExtractorTest {
  private static Article read(String text) {
    return Extractors.of(Format.SCRAPED)
        .extract(RawDocument.of("test.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void extract_bylineLineAfterTheHeadline_givesTheAuthor() {
    Article a =
        read(
            """
            Talks to resume in Geneva
            By Jane Example

            The foreign ministers met in Geneva on Tuesday and agreed to resume talks.
            """);
    assertThat(a.authors()).containsExactly("Jane Example");
    assertThat(a.paragraphs()).hasSize(1);
  }

  @Test
  void extract_firstParagraphOpeningWithLowercaseBy_staysInTheBody() {
    Article a =
        read(
            """
            Talks to resume in Geneva

            by the time the ministers met on Tuesday, the ceasefire had held for a month.

            Both delegations said the meeting had been frank.
            """);
    assertThat(a.authors()).isEmpty();
    assertThat(a.paragraphs())
        .containsExactly(
            "by the time the ministers met on Tuesday, the ceasefire had held for a month.",
            "Both delegations said the meeting had been frank.");
  }
}
