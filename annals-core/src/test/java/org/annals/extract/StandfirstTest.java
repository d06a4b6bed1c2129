package org.annals.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.annals.model.Article;
import org.annals.model.RawDocument;
import org.junit.jupiter.api.Test;

/** The summary line under the headline leads the body when the page shows it. */
class StandfirstTest {
  private static final String DEK = "Ministers from both countries promised a joint fund for the border region.";
  private static final String P1 =
      "The foreign ministers met in Geneva on Tuesday and agreed to resume talks on the border dispute next month.";
  private static final String P2 =
      "Both delegations said the meeting had been frank, and a joint statement promised to refrain from new deployments.";

  private static Article extract(String head, String body) {
    String html = "<html lang=en><head><title>Talks</title>" + head + "</head><body>" + body + "</body></html>";
    return Extractors.of(Format.HTML).extract(RawDocument.of("t.html", html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void extract_describedDekShownUnderTheHeadline_leadsTheBody() {
    Article a = extract("<meta property=og:description content='" + DEK + "'>",
        "<header><h1>Talks</h1><p class=dek>" + DEK + "</p></header><article><p>" + P1 + "</p><p>" + P2 + "</p></article>");
    assertThat(a.paragraphs()).containsExactly(DEK, P1, P2);
  }

  @Test
  void extract_descriptionNotShownOnThePage_isNotAdded() {
    Article a = extract("<meta property=og:description content='" + DEK + "'>",
        "<article><h1>Talks</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void extract_descriptionThatIsTheFirstParagraph_isNotRepeated() {
    Article a = extract("<meta name=description content='" + P1 + "'>",
        "<article><h1>Talks</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }
}
