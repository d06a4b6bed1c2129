package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  static final String PAGE =
      "<!doctype html><html lang=\"en\"><head><title>Harbour reopens after storm</title>"
          + "<meta property=\"og:title\" content=\"Harbour reopens after storm\"></head><body><article>"
          + "<h1>Harbour reopens after storm</h1><p>The harbour reopened on Monday, three days after the storm closed it"
          + " to every boat larger than a dinghy.</p><p>Fishermen said the damage to the piers was lighter than they had"
          + " feared, and most boats went out again at dawn.</p></article></body></html>";

  /** A shared folder holding a Zyte-shaped set of one page written here. */
  static Path sharedWithOnePage(Path tmp) throws IOException {
    Path dir = tmp.resolve("data/extraction/zyte-benchmark");
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"The harbour reopened on Monday,"
            + " three days after the storm closed it to every boat larger than a dinghy.\", \"url\": \"http://example.org/p1\"}}",
        StandardCharsets.UTF_8);
    return tmp;
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void extraction_missingSharedFolder_exitsThreeNamingTheFolderAndTheFix(@TempDir Path tmp) {
    Run r = run("eval", "extraction", "naeb", "--shared", tmp.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.NOTHING_SUCCEEDED);
    assertThat(r.err())
        .contains(
            "annals eval extraction: the shared test sets are not at ",
            "nowhere",
            "give --shared DIR");
  }

  @Test
  void extraction_setFolderMissing_exitsThree(@TempDir Path tmp) throws IOException {
    Run r = run("eval", "extraction", "htmldate", "--shared", sharedWithOnePage(tmp).toString());
    assertThat(r.code()).isEqualTo(ExitCodes.NOTHING_SUCCEEDED);
    assertThat(r.err()).contains("set htmldate: folder ", "htmldate-eval is missing");
  }

  /** {@code eval extraction zyte} of the one-page set, its body scored against {@code against}. */
  private static Run againstRun(Path shared, Path out, Path against, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "eval",
                "extraction",
                "zyte",
                "--shared",
                shared.toString(),
                "--out",
                out.toString(),
                "--against",
                against.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void extraction_against_scoresTheBodyAgainstTheSecondOpinion(@TempDir Path tmp)
      throws IOException {
    Path shared = sharedWithOnePage(tmp);
    Path other = tmp.resolve("opinion");
    Files.createDirectories(other.resolve("zyte-benchmark/html"));
    Files.writeString(
        other.resolve("zyte-benchmark/html/p1.txt"),
        "The harbour reopened on Monday, three days after the storm closed it to every boat larger"
            + " than a dinghy.\n\nFishermen said the damage to the piers was lighter than they had"
            + " feared, and most boats went out again at dawn.");
    Run r = againstRun(shared, tmp.resolve("out"), other, "--json");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.get("against").asText()).isEqualTo(other.toAbsolutePath().toString());
    assertThat(report.get("metrics").get(2).get("name").asText()).isEqualTo("body.f1");
    assertThat(report.get("metrics").get(2).get("value").asDouble()).isEqualTo(1.0);
    Run missing = againstRun(shared, tmp.resolve("out"), tmp.resolve("none"));
    assertThat(missing.code()).isEqualTo(ExitCodes.NOTHING_SUCCEEDED);
    assertThat(missing.err()).contains("second-opinion folder", "tools/second-opinion");
  }

  @Test
  void extraction_unknownSet_isAUsageErrorListingTheSets(@TempDir Path tmp) {
    Run r = run("eval", "extraction", "zite", "--shared", tmp.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains(
            "unknown extraction set 'zite'; expected one of zyte, naeb, htmldate, trafilatura, readability");
  }

  @Test
  void extraction_oneSet_printsTheTableAndWritesOneLinePerPage(@TempDir Path tmp)
      throws IOException {
    Path out = tmp.resolve("out");
    Run r =
        run(
            "eval",
            "extraction",
            "zyte-benchmark",
            "--shared",
            sharedWithOnePage(tmp).toString(),
            "--out",
            out.toString(),
            "--threads",
            "1");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("set zyte: 1 pages, 0 failed", "body.f1");
    List<String> lines =
        Files.readAllLines(out.resolve("zyte-pages.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    JsonNode page = new ObjectMapper().readTree(lines.get(0));
    assertThat(page.get("id").asText()).isEqualTo("p1");
    assertThat(page.get("body").get("recall").asDouble()).isBetween(0.0, 1.0);
    assertThat(r.err())
        .contains("per-page results: " + out.resolve("zyte-pages.jsonl").toAbsolutePath());
  }

  @Test
  void extraction_json_printsOneObjectWithEveryMetric(@TempDir Path tmp) throws IOException {
    Run r =
        run(
            "eval",
            "extraction",
            "zyte",
            "--json",
            "--shared",
            sharedWithOnePage(tmp).toString(),
            "--out",
            tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.get("set").asText()).isEqualTo("zyte");
    assertThat(report.get("pages").asInt()).isEqualTo(1);
    assertThat(report.get("metrics").findValuesAsText("name"))
        .contains("body.precision", "body.f1", "failed");
  }

  @Test
  void eval_withoutSubcommand_isAUsageError() {
    assertThat(run("eval").code()).isEqualTo(ExitCodes.USAGE);
  }
}
