package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code annals annotate} from the outside: arguments in, exit code and JSON out. */
class AnnotateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY =
      "Leaders meet in Amaurot\n- World\n- Example Agency\n"
          + "- Published Date: 08:46 | 04 July 2024\n"
          + "Utopian President Jane Roe met German Chancellor Olaf Scholz in Amaurot on Thursday"
          + " and pledged to deepen trade.\n"
          + "\"We agreed on a lot,\" Roe said after the talks.\n"
          + "The German chancellor said he would visit again next year.\n";
  private static final String ACTORS =
      "#annals-actors v1\n"
          + "country\tUTO\tXU\tUTO\tUtopia\t-\tUtopian\tAmaurot\tyes\tour test notes\n"
          + "actor\tjane-roe\tPERSON\tUTOGOV\tUTO\tJane Roe\tRoe\tour test notes\n"
          + "role\tjane-roe\tUTO\tPRESIDENT\tHOS\t2023-01-01\t\tno\texact\t\tour test notes\n";

  @TempDir Path dir;

  record Run(int code, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }

    List<JsonNode> lines() throws Exception {
      List<JsonNode> out = new ArrayList<>();
      for (String l : this.out.lines().toList()) {
        out.add(JSON.readTree(l));
      }
      return out;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path file(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static JsonNode entity(JsonNode doc, String name) {
    for (JsonNode e : doc.get("entities")) {
      if (e.get("name").asText().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no entity " + name + " in " + doc.get("entities"));
  }

  @Test
  void annotate_oneFile_printsArticleMentionsEntitiesTimesQuotesPlaces() throws Exception {
    Run r = run("annotate", file("story.txt", STORY).toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("article").get("headline").asText()).isEqualTo("Leaders meet in Amaurot");
    assertThat(entity(doc, "Olaf Scholz").get("actor").asText()).isEqualTo("DEUGOV");
    assertThat(entity(doc, "Olaf Scholz").get("role").asText()).isEqualTo("Chancellor of Germany");
    assertThat(doc.get("times").get(0).get("value").asText()).isEqualTo("2024-07-04");
    assertThat(doc.get("quotes").get(0).get("speaker").get("name").asText()).isEqualTo("Jane Roe");
    assertThat(doc.get("events").isArray()).isTrue();
    String text =
        String.join(
            "\n\n", JSON.convertValue(doc.get("article").get("paragraphs"), String[].class));
    for (JsonNode m : doc.get("mentions")) {
      assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
          .isEqualTo(m.get("text").asText());
    }
  }

  @Test
  void annotate_withActorsFile_usesTheUsersActors() throws Exception {
    Path actors = file("actors.tsv", ACTORS);
    Run r = run("annotate", "--actors", actors.toString(), file("story.txt", STORY).toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode roe = entity(r.json(), "Jane Roe");
    assertThat(roe.get("actor").asText()).isEqualTo("UTOGOV");
    assertThat(roe.get("role").asText()).isEqualTo("President of Utopia");
    assertThat(roe.get("country").asText()).isEqualTo("UTO");
    // with the user's actor known, her meeting with Scholz is coded (CAMEO 04, UTOGOV and DEUGOV)
    assertThat(r.json().get("events").toString())
        .contains("\"cameoRoot\":\"04\"", "UTOGOV", "DEUGOV");
  }

  @Test
  void annotate_malformedActorsFile_usageErrorNamingFileAndLine() throws Exception {
    Path actors = file("bad.tsv", "#annals-actors v1\nactor\tonly-two-fields\n");
    Run r = run("annotate", "--actors", actors.toString(), file("story.txt", STORY).toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("bad.tsv").contains("line 2");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void annotate_oneGoodOneMissing_writesTheGoodOneAndExitsOne() throws Exception {
    Run r =
        run(
            "annotate",
            "--jsonl",
            file("story.txt", STORY).toString(),
            dir.resolve("missing.txt").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.lines()).hasSize(1);
    assertThat(r.err()).contains("missing.txt").contains("annotated 1 of 2 inputs");
  }

  @Test
  void annotate_unknownStoredId_nothingSucceededNamingTheStore() throws Exception {
    Run r = run("annotate", "--store", dir.resolve("nostore").toString(), "0123456789abcdef");
    assertThat(r.code()).isEqualTo(ExitCodes.NOTHING_SUCCEEDED);
    assertThat(r.err()).contains("0123456789abcdef");
  }
}
