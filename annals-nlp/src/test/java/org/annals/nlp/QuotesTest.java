package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted spans: curly and straight marks, paired within a paragraph. */
class QuotesTest {
  @Test
  void spans_straightAndCurlyMarks_givesTheWordsInside() {
    String text = "He said \"we agree,\" then left.\n\nShe called it “a start” and «a beginning».";
    List<Quotes.Span> spans = Quotes.spans(text);
    assertThat(spans)
        .extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly("we agree,", "a start", "a beginning");
  }

  @Test
  void spans_unclosedMarkAtParagraphEnd_isDroppedAndTheNextParagraphIsFresh() {
    String text = "He said \"we agree and left.\n\n\"Fine,\" she said.";
    assertThat(Quotes.spans(text))
        .extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly("Fine,");
  }
}
