package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's plumbing on one page of our own; the figures themselves are in docs/benchmarks.md.
 */
class BenchCommandTest {
  @Test
  void extraction_missingSharedFolder_exitsThree(@TempDir Path tmp) {
    EvalCommandTest.Run r = EvalCommandTest.run("bench", "extraction", "--shared", tmp.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.NOTHING_SUCCEEDED);
    assertThat(r.err()).contains("annals bench extraction: the shared test sets are not at ");
  }

  @Test
  void extraction_onePage_reportsPagesPerSecondForBothRuns(@TempDir Path tmp) throws IOException {
    Path shared = EvalCommandTest.sharedWithOnePage(tmp);
    EvalCommandTest.Run r =
        EvalCommandTest.run(
            "bench",
            "extraction",
            "--json",
            "--seconds",
            "0.2",
            "--threads",
            "2",
            "--shared",
            shared.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    JsonNode b = new ObjectMapper().readTree(r.out());
    assertThat(b.get("pages").asInt()).isEqualTo(1);
    assertThat(b.get("single").get("threads").asInt()).isEqualTo(1);
    assertThat(b.get("parallel").get("threads").asInt()).isEqualTo(2);
    assertThat(b.get("single").get("pagesPerSecond").asDouble()).isPositive();
    assertThat(b.get("failures").asLong()).isZero();
    assertThat(b.get("warmup").get("passes").asInt()).isBetween(3, 12);
  }

  @Test
  void extraction_badSeconds_isAUsageError(@TempDir Path tmp) {
    assertThat(
            EvalCommandTest.run("bench", "extraction", "--seconds", "0", "--shared", tmp.toString())
                .code())
        .isEqualTo(ExitCodes.USAGE);
  }
}
