package org.annals.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TempEval-3 scorer on small TimeML files of our own (exact counts), on bad folders, and on the
 * TE3 platinum set when ../shared holds it (scored, never tuned on).
 */
class TemporalEvalTest {
  private static Path ownFiles() throws URISyntaxException {
    return Path.of(TemporalEvalTest.class.getResource("timeml").toURI());
  }

  @Test
  void run_ownTimeMlFiles_countsStrictRelaxedAndValueMatches() throws Exception {
    TemporalReport r = TemporalEval.run(ownFiles());

    assertThat(r.documents())
        .extracting(TemporalReport.DocumentScore::id)
        .containsExactly("TEST_A", "TEST_B");
    assertThat(r.documents().get(0))
        .isEqualTo(new TemporalReport.DocumentScore("TEST_A", "2024-07-04", 4, 4, 4, 4, 4, 4));
    assertThat(r.documents().get(1))
        .isEqualTo(new TemporalReport.DocumentScore("TEST_B", "2013-03-22", 4, 3, 2, 3, 2, 3));
    assertThat(r.gold()).isEqualTo(8);
    assertThat(r.system()).isEqualTo(7);
    assertThat(r.strictPrecision()).isCloseTo(6.0 / 7, within(1e-9));
    assertThat(r.strictRecall()).isCloseTo(6.0 / 8, within(1e-9));
    assertThat(r.relaxedF1()).isCloseTo(2.0 * 7 / (7 + 8), within(1e-9));
    assertThat(r.valueF1()).isCloseTo(2.0 * 6 / (7 + 8), within(1e-9));
    assertThat(r.valueAccuracy()).isCloseTo(6.0 / 7, within(1e-9));
  }

  @Test
  void run_malformedFile_isListedAndSkipped() throws Exception {
    TemporalReport r = TemporalEval.run(ownFiles());

    assertThat(r.problems())
        .singleElement()
        .asString()
        .contains("doc_c.tml: not well-formed TimeML");
    assertThat(r.table()).contains("unreadable:").contains("value").contains("TEST_A");
  }

  @Test
  void run_missingFolder_saysWhatWasExpected(@TempDir Path tmp) {
    Path missing = tmp.resolve("nope");

    assertThatThrownBy(() -> TemporalEval.run(missing))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "temporal test set "
                + missing
                + " is not a folder; expected TimeML files such"
                + " as ../shared/data/temporal/te3-platinum/*.tml");
  }

  @Test
  void run_folderWithoutTimeMl_saysWhatWasExpected(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("a.txt"), "text");

    assertThatThrownBy(() -> TemporalEval.run(tmp))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("holds no .tml file");
  }

  @Test
  void run_documentWithoutDct_isAProblemNamingTheFix(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("x.tml"), "<TimeML><TEXT>On Monday.</TEXT></TimeML>");

    TemporalReport r = TemporalEval.run(tmp);

    assertThat(r.documents()).isEmpty();
    assertThat(r.problems()).singleElement().asString().contains("no DCT TIMEX3 with a day value");
  }

  @Test
  void run_te3Platinum_reachesTheIssueTarget() throws IOException {
    String shared = System.getProperty("annals.shared", "../shared");
    Path te3 = Path.of(shared, "data", "temporal", "te3-platinum");
    assumeTrue(Files.isDirectory(te3), "../shared is absent: the TE3 platinum score is skipped");

    TemporalReport r = TemporalEval.run(te3);
    System.out.print(r.table());

    assertThat(r.documents()).hasSize(20);
    assertThat(r.problems()).isEmpty();
    assertThat(r.gold()).isEqualTo(138);
    assertThat(r.valueF1()).as(r.table()).isGreaterThanOrEqualTo(0.80);
  }
}
