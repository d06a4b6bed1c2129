package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring the body against another extractor's texts ({@code eval extraction --against}). */
class SecondOpinionTest {
  @Test
  void name_isThePagePathUnderTheExtractionFolderAsText() {
    Path root = Path.of("/shared/data/extraction");
    assertThat(SecondOpinion.name(root, root.resolve("htmldate-eval/html/1549542851.html.gz")))
        .isEqualTo("htmldate-eval/html/1549542851.txt");
    assertThat(
            SecondOpinion.name(
                root, root.resolve("readability-testpages/pages/001/source.html.gz")))
        .isEqualTo("readability-testpages/pages/001/source.txt");
    assertThat(SecondOpinion.name(root, root.resolve("trafilatura-eval/html/a.de.HTM")))
        .isEqualTo("trafilatura-eval/html/a.de.txt");
    assertThat(SecondOpinion.name(root, Path.of("/elsewhere/page.html"))).isEqualTo("page.txt");
  }

  @Test
  void run_against_scoresTheBodyAgainstTheOtherTextAndKeepsTheOtherTruths(@TempDir Path tmp)
      throws Exception {
    Path shared = ExtractionEvalTest.naebLike(tmp);
    Path other = tmp.resolve("other/naeb-newspaper4k/html");
    Files.createDirectories(other);
    String firstParagraph =
        ExtractionEvalTest.BODY.substring(0, ExtractionEvalTest.BODY.indexOf("\n"));
    Files.writeString(other.resolve("a.txt"), firstParagraph);
    List<PageResult> seen = new ArrayList<>();
    EvalReport r = ExtractionEval.run(EvalSet.NAEB, shared, 1, 0, tmp.resolve("other"), seen::add);
    PageResult a = seen.get(0);
    assertThat(a.body().recall()).isEqualTo(1.0);
    assertThat(a.body().precision()).isLessThan(0.5);
    assertThat(a.bodyChars()).isEqualTo(firstParagraph.length());
    assertThat(seen.get(1).body())
        .as("no second opinion for page b: not scored on its body")
        .isNull();
    assertThat(r.metric("body.f1").orElseThrow().n()).isEqualTo(1);
    assertThat(r.metric("headline.exact").orElseThrow().value()).isEqualTo(0.5);
    assertThat(r.against()).isEqualTo(tmp.resolve("other").toString());
    assertThat(r.toJson().get("against").asText()).isEqualTo(tmp.resolve("other").toString());
    assertThat(r.table()).contains("scored against " + tmp.resolve("other"));
  }

  @Test
  void run_againstAMissingOrUnrelatedFolder_failsNamingTheFolderAndTheFix(@TempDir Path tmp)
      throws Exception {
    Path shared = ExtractionEvalTest.naebLike(tmp);
    assertThatThrownBy(
            () -> ExtractionEval.run(EvalSet.NAEB, shared, 1, 0, tmp.resolve("nope"), p -> {}))
        .isInstanceOf(EvalSetException.class)
        .hasMessageContaining(tmp.resolve("nope").toString())
        .hasMessageContaining("tools/second-opinion");
    Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(
            () -> ExtractionEval.run(EvalSet.NAEB, shared, 1, 0, tmp.resolve("empty"), p -> {}))
        .isInstanceOf(EvalSetException.class)
        .hasMessageContaining("holds no text for any page")
        .hasMessageContaining("naeb-newspaper4k/html/a.txt");
  }
}
