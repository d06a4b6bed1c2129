package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code annals extract} from the outside: arguments in, exit code, standard output and error out.
 */
class ExtractCommandTest {
  private static final String SCRAPED =
      "Ministers meet in Lisbon\n- World\n- Example Agency\n"
          + "- Published Date: 08:46 | 04 July 2024\n"
          + "The foreign ministers met in Lisbon on Thursday and pledged to deepen cooperation.\n"
          + "They will meet again in Rabat in the autumn, officials said.\n- A related headline\n";
  private static final String HTML =
      "<html lang=en><head><title>Summit ends in Accra</title></head><body><article>"
          + "<h1>Summit ends in Accra</h1><p>The leaders of five West African states met in Accra on Monday and agreed to"
          + " set up a joint fund for border security, officials said after the talks.</p><p>The fund will be managed by the"
          + " regional commission and reviewed every year by the ministers of finance of the member states.</p>"
          + "</article></body></html>";

  @TempDir Path dir;

  /** One run: its exit code and what it wrote. */
  record Run(int code, String out, String err) {
    List<Article> articles() {
      return out.lines().map(ArticleJson::parse).toList();
    }
  }

  static Run run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    ExtractCommand extract = cl.getSubcommands().get("extract").getCommand();
    extract.stdin = stdin;
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  private Path file(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  // ------------------------------------------------------------------ exit codes

  @Test
  void extract_allInputsGood_exitsZeroWithASummary() throws Exception {
    Run r =
        run(
            "extract",
            "--jsonl",
            file("a.txt", SCRAPED).toString(),
            file("b.html", HTML).toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.articles())
        .extracting(Article::headline)
        .containsExactly("Ministers meet in Lisbon", "Summit ends in Accra");
    assertThat(r.err()).isEqualTo("extracted 2 of 2 inputs: 2 clean, 0 with warnings, 0 failed\n");
  }

  @Test
  void extract_oneMissingFileAmongGoodOnes_exitsOneAndGoesOn() throws Exception {
    Path missing = dir.resolve("missing.txt");
    Run r =
        run(
            "extract",
            "--jsonl",
            file("a.txt", SCRAPED).toString(),
            missing.toString(),
            file("b.html", HTML).toString());
    assertThat(r.code()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.articles())
        .extracting(Article::headline)
        .containsExactly("Ministers meet in Lisbon", "Summit ends in Accra");
    assertThat(r.err().lines())
        .containsExactly(
            "FAILED "
                + missing
                + ": no such file or directory; check the path (an input is a file, a directory, '-' or an http(s) URL)",
            "extracted 2 of 3 inputs: 2 clean, 0 with warnings, 1 failed");
  }

  @Test
  void extract_unknownOption_exitsTwoWithPicocliSuggestion() throws Exception {
    Run r = run("extract", "--jsnl", file("a.txt", SCRAPED).toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("annals: Unknown option: '--jsnl'")
        .contains("Possible solutions: --jsonl")
        .contains("Try 'annals extract --help' for more.");
  }

  @Test
  void extract_badFormatValue_exitsTwoListingTheValidOnes() throws Exception {
    Run r = run("extract", "--format", "xml", file("a.txt", SCRAPED).toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("xml").contains("AUTO, SCRAPED, HTML, TEXT");
  }

  @Test
  void extract_nonPositiveMaxBytes_exitsTwo() throws Exception {
    Run r = run("extract", "--max-bytes", "0", file("a.txt", SCRAPED).toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--max-bytes and --threads must be positive (got 0 and ");
  }

  @Test
  void extract_noInput_exitsTwo() {
    Run r = run("extract");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Missing required parameter");
  }

  @Test
  void extract_everyInputFails_exitsThree() throws Exception {
    Path empty = file("empty.html", "");
    Path missing = dir.resolve("missing.html");
    Run r = run("extract", empty.toString(), missing.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.NOTHING_SUCCEEDED);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines())
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith("FAILED " + empty + ": the input is empty"))
        .anySatisfy(l -> assertThat(l).startsWith("FAILED " + missing + ": no such file"))
        .last()
        .isEqualTo("extracted 0 of 2 inputs: 0 clean, 0 with warnings, 2 failed");
  }

  @Test
  void extract_emptyDirectory_exitsThreeSayingSo() throws Exception {
    Files.createDirectories(dir.resolve("nothing"));
    Run r = run("extract", dir.resolve("nothing").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.NOTHING_SUCCEEDED);
    assertThat(r.err())
        .isEqualTo("annals extract: no input files found in " + dir.resolve("nothing") + "\n");
  }

  // ------------------------------------------------------------------ output forms

  @Test
  void extract_jsonl_writesOneLinePerInputInTheOrderGivenWithFoldersSorted() throws Exception {
    Path z = file("z.txt", SCRAPED);
    file("folder/b.html", HTML);
    file("folder/a/c.txt", SCRAPED);
    file("folder/.hidden.txt", SCRAPED);
    Path y = file("y.html", HTML);
    Run r =
        run(
            "extract",
            "--jsonl",
            "--threads",
            "2",
            z.toString(),
            dir.resolve("folder").toString(),
            y.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines()).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
    assertThat(r.articles())
        .extracting(Article::source)
        .containsExactly(
            z.toString(),
            dir.resolve("folder/a/c.txt").toString(),
            dir.resolve("folder/b.html").toString(),
            y.toString());
  }

  @Test
  void extract_singleInput_writesOnePrettyObject() throws Exception {
    Path a = file("a.txt", SCRAPED);
    Run r = run("extract", a.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .startsWith("{\n  \"id\" : \"")
        .contains("\n  \"headline\" : \"Ministers meet in Lisbon\",\n");
    Article article = ArticleJson.parse(r.out());
    assertThat(article.source()).isEqualTo(a.toString());
    assertThat(article.published().iso()).isEqualTo("2024-07-04T08:46");
    assertThat(article.related())
        .extracting(x -> x.headline())
        .containsExactly("A related headline");
  }

  @Test
  void extract_singleFolderOfTwoFiles_writesOneLineEach() throws Exception {
    file("two/a.txt", SCRAPED);
    file("two/b.html", HTML);
    Run r = run("extract", dir.resolve("two").toString());
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.articles()).hasSize(2);
  }

  @Test
  void extract_dash_readsStandardInput() {
    InputStream in = new ByteArrayInputStream(SCRAPED.getBytes(StandardCharsets.UTF_8));
    Run r = run(in, "extract", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    Article a = ArticleJson.parse(r.out());
    assertThat(a.source()).isEqualTo("-");
    assertThat(a.headline()).isEqualTo("Ministers meet in Lisbon");
    assertThat(a.publisher()).isEqualTo("Example Agency");
  }

  @Test
  void extract_dashWithFormatHtml_readsStandardInputAsHtml() {
    InputStream in = new ByteArrayInputStream(HTML.getBytes(StandardCharsets.UTF_8));
    Run r = run(in, "extract", "-", "--format", "html");
    assertThat(ArticleJson.parse(r.out()).paragraphs())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("The leaders of five West African states met in Accra on Monday");
  }

  @Test
  void extract_quiet_leavesOutTheSummaryButNotFailures() throws Exception {
    Run r =
        run("extract", "-q", file("a.txt", SCRAPED).toString(), dir.resolve("gone.txt").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.err().lines()).singleElement().asString().startsWith("FAILED ");
  }

  @Test
  void extract_theSampleArticles_giveEightArticlesWithBodies() {
    Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
    Run r = run("extract", "--jsonl", examples.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.articles())
        .hasSize(8)
        .allSatisfy(
            a -> {
              assertThat(a.headline()).isNotBlank();
              assertThat(a.published()).isNotNull();
              assertThat(a.paragraphs()).hasSizeGreaterThanOrEqualTo(8);
              assertThat(a.language()).startsWith("en");
            });
    assertThat(r.err()).isEqualTo("extracted 8 of 8 inputs: 8 clean, 0 with warnings, 0 failed\n");
  }

  // ------------------------------------------------------------------ help and version

  @Test
  void help_onEveryCommand_exitsZeroWithItsUsage() {
    List<List<String>> paths = new java.util.ArrayList<>();
    collect(Main.commandLine(), new java.util.ArrayList<>(), paths);
    assertThat(paths).contains(List.of(), List.of("extract"));
    for (List<String> path : paths) {
      List<String> args = new java.util.ArrayList<>(path);
      args.add("--help");
      Run r = run(args.toArray(String[]::new));
      String shown = String.join(" ", args);
      assertThat(r.code()).as(shown).isEqualTo(ExitCodes.OK);
      assertThat(r.out()).as(shown).contains(("Usage: annals " + String.join(" ", path)).strip());
      assertThat(r.err()).as(shown).isEmpty();
    }
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
    out.add(List.copyOf(path));
    cl.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!name.equals("help") && sub.getCommandName().equals(name)) {
                List<String> deeper = new java.util.ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, out);
              }
            });
  }

  @Test
  void help_topLevelAndExtract_listTheExitCodesAndOptions() {
    for (String[] args :
        List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"help", "extract"})) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.OK);
      assertThat(r.out())
          .as(String.join(" ", args))
          .contains("Usage: annals")
          .contains("Exit codes:");
    }
    assertThat(run("extract", "--help").out())
        .contains("--jsonl")
        .contains("--format")
        .contains("--allow-private");
  }

  @Test
  void main_withoutCommand_exitsTwoNamingTheCommands() {
    Run r = run();
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("Missing command: give one of extract, ")
        .contains("Try 'annals --help' for more.");
  }

  @Test
  void main_unknownCommand_exitsTwoWithSuggestion() {
    Run r = run("extrct", "x");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("extrct").contains("extract");
  }

  @Test
  void version_exitsZeroNamingAnnalsAndTheLicence() {
    Run r = run("--version");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("annals ").contains("GPL-3.0-or-later");
  }

  @Test
  void execute_publicEntryPoint_writesToTheGivenWriters() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {"extract", "--jsonl", file("a.txt", SCRAPED).toString()},
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(out.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("extracted 1 of 1 input:");
  }
}
