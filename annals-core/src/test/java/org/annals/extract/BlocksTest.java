package org.annals.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annals.extract.Blocks.Block;
import org.annals.extract.Blocks.Kind;
import org.junit.jupiter.api.Test;

/** The second look at a container's blocks, on blocks written here. */
class BlocksTest {
  private static final String P1 = BodyExtractorTest.P1;
  private static final String P2 = BodyExtractorTest.P2;
  private static final String SUMMARY = BodyExtractorTest.TEASER;

  private static Block paragraph(String text, boolean teaser) {
    return new Block(text, Kind.PARAGRAPH, 0, -1, 0, teaser);
  }

  private static Block linked(String text, Kind kind) {
    return new Block(text, kind, text.length(), -1, 1, false);
  }

  @Test
  void keep_teaserSummariesAfterTheArticle_doNotExtendIt() {
    List<Block> blocks = new ArrayList<>(List.of(paragraph(P1, false), paragraph(P2, false)));
    for (int i = 0; i < 3; i++) {
      blocks.add(linked("Local", Kind.PARAGRAPH));
      blocks.add(linked("Ministers fail to agree " + i, Kind.HEADING));
      blocks.add(paragraph(SUMMARY + " " + i, true));
    }
    assertThat(Blocks.keep(blocks)).containsExactly(P1, P2);
  }

  @Test
  void keep_aLongParagraphThatIsNoTeaser_extendsTheArticleAsBefore() {
    List<Block> blocks = new ArrayList<>(List.of(paragraph(P1, false), paragraph(P2, false)));
    blocks.add(linked("Ministers fail to agree", Kind.HEADING));
    blocks.add(paragraph(SUMMARY, false));
    assertThat(Blocks.keep(blocks)).containsExactly(P1, P2, "Ministers fail to agree", SUMMARY);
  }
}
