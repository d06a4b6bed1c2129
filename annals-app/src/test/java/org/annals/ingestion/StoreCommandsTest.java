package org.annals.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search, show and stats through the command line, on the team's examples. */
class StoreCommandsTest {
  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

  @TempDir Path tmp;
  private Path store;

  /** What a command printed and returned. */
  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void ingestExamples() {
    store = tmp.resolve("store");
    Run r = run("ingest", EXAMPLES.toString(), "--store", store.toString(), "-q");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("8 new, 0 updated, 0 duplicates, 0 reprints, 0 skipped, 0 failed");
  }

  @Test
  void ingest_sameFolderAgain_storesNothingTwice() {
    Run again = run("ingest", EXAMPLES.toString(), "--store", store.toString(), "-q");
    assertThat(again.code()).isZero();
    assertThat(again.err()).contains("0 new, 0 updated, 8 duplicates");
  }

  @Test
  void search_actor_findsTheArticlesNamingItsPeopleAndBodies() throws Exception {
    Run r = run("search", "--actor", "MARGOV", "--store", store.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("total").asLong()).isEqualTo(1);
    assertThat(j.get("hits").get(0).get("headline").asText()).contains("Portugal and Morocco");
    assertThat(j.get("facets").get("actor").has("PRTGOV")).isTrue();
    Run country = run("search", "--actor", "gha", "--store", store.toString(), "--json");
    assertThat(new ObjectMapper().readTree(country.out()).get("total").asLong()).isEqualTo(1);
  }

  @Test
  void annotate_storedId_printsTheAnnotationsStoredAtIngest() throws Exception {
    Run s = run("search", "--actor", "MARGOV", "--store", store.toString(), "--json");
    String id = new ObjectMapper().readTree(s.out()).get("hits").get(0).get("id").asText();
    Run r = run("annotate", id, "--store", store.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("article").get("id").asText()).isEqualTo(id);
    assertThat(doc.get("entities").toString()).contains("\"Karim Benslimane\"", "MARGOV");
    assertThat(doc.get("quotes").size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void events_dyad_theMeetingInLisbonWithItsMentionAndPlace() throws Exception {
    Run r =
        run(
            "events",
            "--dyad",
            "PRT-MAR",
            "--cameo",
            "04",
            "--format",
            "jsonl",
            "--store",
            store.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> events = new java.util.ArrayList<>();
    for (String line : r.out().lines().toList()) {
      events.add(new ObjectMapper().readTree(line));
    }
    assertThat(events).isNotEmpty();
    JsonNode meeting = events.get(0);
    assertThat(meeting.get("date").asText()).isEqualTo("2025-03-12");
    assertThat(meeting.get("cameoRoot").asText()).isEqualTo("04");
    assertThat(meeting.get("place").get("name").asText()).isEqualTo("Lisbon");
    assertThat(meeting.get("numArticles").asInt()).isEqualTo(1);
    JsonNode mention = meeting.get("mentions").get(0);
    assertThat(mention.get("event").get("evidence").get("action").get("start").asInt())
        .isPositive();
  }

  @Test
  void eventsGdelt_toFile_61ColumnsAndA16ColumnMentionsFile() throws Exception {
    Path out = tmp.resolve("events.tsv");
    Run r =
        run("events", "--format", "gdelt", "--out", out.toString(), "--store", store.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> rows = java.nio.file.Files.readAllLines(out);
    assertThat(rows).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
    List<String> mentions = java.nio.file.Files.readAllLines(Path.of(out + ".mentions.tsv"));
    assertThat(mentions)
        .hasSizeGreaterThanOrEqualTo(rows.size())
        .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(16));
    Run parquet =
        run(
            "events",
            "--format",
            "parquet",
            "--out",
            tmp.resolve("e.parquet").toString(),
            "--store",
            store.toString());
    assertThat(parquet.code()).as(parquet.err()).isZero();
    assertThat(tmp.resolve("e.parquet")).isNotEmptyFile();
  }

  @Test
  void searchJson_word_givesTotalHitsWithSnippetsAndFacets() throws Exception {
    Run r = run("search", "ferry", "--store", store.toString(), "--json");
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("total").asLong()).isEqualTo(1);
    JsonNode hit = j.get("hits").get(0);
    assertThat(hit.get("headline").asText()).contains("Ferry runs aground");
    assertThat(hit.get("snippet").asText()).contains("<mark>");
    assertThat(hit.has("id") && hit.has("published") && hit.has("score")).isTrue();
    assertThat(j.get("facets").has("publisher")).isTrue();
  }

  @Test
  void searchJson_dateRange_filtersByPublication() throws Exception {
    Run r =
        run(
            "search",
            "--from",
            "2025-01-01",
            "--store",
            store.toString(),
            "--json",
            "--limit",
            "50");
    JsonNode hits = new ObjectMapper().readTree(r.out()).get("hits");
    assertThat(hits)
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.get("published").asText()).startsWith("2025"));
  }

  @Test
  void show_storedId_printsTheArticleAndUnknownIdFailsWithAHint() throws Exception {
    JsonNode j =
        new ObjectMapper()
            .readTree(run("search", "ferry", "--store", store.toString(), "--json").out());
    String id = j.get("hits").get(0).get("id").asText();
    Run shown = run("show", id, "--store", store.toString());
    assertThat(shown.code()).isZero();
    assertThat(new ObjectMapper().readTree(shown.out()).get("id").asText()).isEqualTo(id);
    Run missing = run("show", "0000000000000000", "--store", store.toString());
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("no article 0000000000000000").contains("annals search");
  }

  @Test
  void statsJson_counts_articlesStoriesSources() throws Exception {
    Run r = run("stats", "--store", store.toString(), "--json");
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("articles").asLong()).isEqualTo(8);
    assertThat(j.get("stories").asLong()).isEqualTo(8);
    assertThat(j.get("sources").asLong()).isEqualTo(8);
  }

  @Test
  void search_storeThatDoesNotExist_failsWithTheFolderNamed() {
    Run r = run("search", "x", "--store", tmp.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("nowhere");
  }

  @Test
  void ingest_missingSourceAmongGoodOnes_exitsOneAndStoresTheRest() throws Exception {
    Path other = tmp.resolve("other");
    Files.createDirectories(other);
    Run r =
        run(
            "ingest",
            EXAMPLES.resolve("scraped").toString(),
            tmp.resolve("missing.html").toString(),
            "--store",
            other.resolve("s").toString(),
            "-q");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("4 new")
        .contains("1 source(s) unreadable")
        .contains("missing.html");
  }
}
