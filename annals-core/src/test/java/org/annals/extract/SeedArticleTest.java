package org.annals.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.model.Article;
import org.annals.model.RawDocument;
import org.annals.testing.Shared;
import org.junit.jupiter.api.Test;

/** The reference article, read from ../shared: every field exactly as the brief gives it. */
class SeedArticleTest {
  private static Article seed(Format format) throws IOException {
    Path p = Shared.require("corpus/seed/000_968a5fd984a47838.txt");
    return Extractors.of(format).extract(RawDocument.of(p.toString(), Files.readAllBytes(p)));
  }

  @Test
  void extract_seed_givesHeadlineSectionPublisherAndLocalStamps() throws IOException {
    Article a = seed(Format.SCRAPED);
    assertThat(a.headline()).isEqualTo("Russia, Iran pledge to strengthen bilateral relations");
    assertThat(a.section()).isEqualTo("World");
    assertThat(a.publisher()).isEqualTo("Anadolu Agency");
    assertThat(a.published().iso()).isEqualTo("2024-07-04T08:46");
    assertThat(a.modified().iso()).isEqualTo("2024-07-04T08:50");
    assertThat(a.zoneKnown()).isFalse();
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void extract_seed_keepsEveryBodyLineAsAParagraphAndTheTrailingListAsRelated() throws IOException {
    Article a = seed(Format.SCRAPED);
    assertThat(a.paragraphs()).hasSize(12);
    assertThat(a.paragraphs().get(0))
        .startsWith("Russian President Vladimir Putin and his acting Iranian counterpart");
    assertThat(a.paragraphs().get(11))
        .startsWith("A day later, the head of the Iranian Red Crescent Society");
    assertThat(a.related()).hasSize(5);
    assertThat(a.related().get(0).headline()).startsWith("Türkiye, China share");
    assertThat(a.related()).allSatisfy(r -> assertThat(r.url()).isNull());
    assertThat(a.text()).doesNotContain("Netanyahu");
  }

  @Test
  void extract_seedWithAutoFormat_detectsScrapedText() throws IOException {
    assertThat(seed(Format.AUTO)).isEqualTo(seed(Format.SCRAPED));
  }

  @Test
  void extract_seedTwice_givesTheSameContentId() throws IOException {
    assertThat(seed(Format.SCRAPED).id())
        .isEqualTo(seed(Format.SCRAPED).id())
        .matches("[0-9a-f]{16}");
  }
}
