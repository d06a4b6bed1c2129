package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation run on a tiny NAEB-shaped set written here (our own page, not a publisher's). */
class ExtractionEvalTest {
  static final String PAGE =
      """
      <!doctype html><html lang="en"><head><title>Council approves the budget</title>
      <meta property="og:title" content="Council approves the budget">
      <meta property="article:published_time" content="2024-07-04T08:46:00+03:00"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Council approves the budget</h1>
      <p>The city council approved next year's budget on Thursday after a debate that ran late into the night.</p>
      <p>Members argued for hours over money for schools, roads and the harbour, and the final vote was close.</p>
      <p>The mayor said the decision would let the city finish the new library and repair two bridges.</p>
      </article><footer>Copyright the city paper</footer></body></html>
      """;

  static final String BODY =
      "The city council approved next year's budget on Thursday after a debate that ran late"
          + " into the night.\n\nMembers argued for hours over money for schools, roads and the harbour, and the final"
          + " vote was close.\n\nThe mayor said the decision would let the city finish the new library and repair two"
          + " bridges.";

  /**
   * Writes a NAEB-shaped set: page "a" is {@link #PAGE}, "b" is empty (it throws), "c" has no HTML.
   */
  static Path naebLike(Path shared) throws IOException {
    Path dir = EvalSet.NAEB.dir(shared);
    Files.createDirectories(dir.resolve("html"));
    gzip(dir.resolve("html/a.html.gz"), PAGE);
    gzip(dir.resolve("html/b.html.gz"), "");
    String entry =
        "{\"id\":%d,\"title\":\"Council approves the budget\",\"authors\":\"Ann Lee, Bob Ray\","
            + "\"date\":\"2024-07-04\",\"articleBody\":\"%s\",\"site\":\"http://example.org\",\"url\":\"http://example.org/%s\"}";
    String body = BODY.replace("\n", "\\n");
    String json =
        "{\"a\":"
            + String.format(entry, 1, body, "a")
            + ",\"b\":"
            + String.format(entry, 2, body, "b")
            + ",\"c\":"
            + String.format(entry, 3, body, "c")
            + "}";
    Files.writeString(dir.resolve("articles.json"), json, StandardCharsets.UTF_8);
    return shared;
  }

  static void gzip(Path file, String content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void run_pageThatThrows_countsAsEmptyOutputAndIsListed(@TempDir Path tmp) throws Exception {
    List<PageResult> seen = new ArrayList<>();
    EvalReport r = ExtractionEval.run(EvalSet.NAEB, naebLike(tmp), 2, 0, seen::add);
    assertThat(r.pages()).isEqualTo(2);
    assertThat(seen).extracting(PageResult::id).containsExactly("a", "b");
    assertThat(r.failures()).extracting(EvalReport.Failure::id).containsExactly("b");
    PageResult b = seen.get(1);
    assertThat(b.gotChars()).isZero();
    assertThat(b.body().recall()).isZero();
    assertThat(r.metric("failed").orElseThrow().value()).isEqualTo(0.5);
  }

  @Test
  void run_ourOwnPage_isScoredOnEveryAnnotatedField(@TempDir Path tmp) throws Exception {
    List<PageResult> seen = new ArrayList<>();
    EvalReport r = ExtractionEval.run(EvalSet.NAEB, naebLike(tmp), 1, 1, seen::add);
    PageResult a = seen.get(0);
    assertThat(a.error()).isNull();
    assertThat(a.url()).isEqualTo("http://example.org/a");
    assertThat(a.headlineGot()).isEqualTo("Council approves the budget");
    assertThat(a.dateGot()).isEqualTo("2024-07-04");
    assertThat(a.body().recall()).isPositive();
    assertThat(r.metrics())
        .extracting(Metric::name)
        .containsExactly(
            "body.precision",
            "body.recall",
            "body.f1",
            "body.accuracy",
            "date.accuracy",
            "headline.exact",
            "headline.lenient",
            "authors.precision",
            "authors.recall",
            "authors.f1",
            "failed");
    assertThat(r.metric("headline.exact").orElseThrow().value()).isEqualTo(1.0);
    assertThat(r.metric("body.f1").orElseThrow().hasStd()).isTrue();
  }

  @Test
  void run_reportJsonAndTable_nameEveryFigure(@TempDir Path tmp) throws Exception {
    EvalReport r = ExtractionEval.run(EvalSet.NAEB, naebLike(tmp), 1, 0, p -> {});
    assertThat(r.toJson().get("metrics")).hasSize(r.metrics().size());
    assertThat(r.toJson().get("failures").get(0).get("id").asText()).isEqualTo("b");
    assertThat(r.table()).contains("set naeb: 2 pages, 1 failed", "body.f1", "failed: b: ");
  }

  @Test
  void pageResultJson_holdsExpectedAndGotSideBySide(@TempDir Path tmp) throws Exception {
    List<PageResult> seen = new ArrayList<>();
    ExtractionEval.run(EvalSet.NAEB, naebLike(tmp), 1, 1, seen::add);
    var json = seen.get(0).toJson();
    assertThat(json.get("headline").get("expected").asText())
        .isEqualTo("Council approves the budget");
    assertThat(json.get("authors").get("expected")).hasSize(2);
    assertThat(json.get("body").get("expectedChars").asInt()).isEqualTo(BODY.length());
  }

  @Test
  void run_missingSetFolder_throwsNamingTheFolderAndTheFix(@TempDir Path tmp) {
    assertThatThrownBy(() -> ExtractionEval.run(EvalSet.HTMLDATE, tmp, 1, 0, p -> {}))
        .isInstanceOf(EvalSetException.class)
        .hasMessageContaining("htmldate-eval is missing")
        .hasMessageContaining("--shared DIR");
  }

  @Test
  void run_malformedGroundTruth_throwsNamingTheSet(@TempDir Path tmp) throws IOException {
    Path dir = EvalSet.ZYTE.dir(tmp);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("ground-truth.json"), "[1, 2", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ExtractionEval.run(EvalSet.ZYTE, tmp, 1, 0, p -> {}))
        .isInstanceOf(EvalSetException.class)
        .hasMessageStartingWith("set zyte: cannot read its ground truth");
  }

  @Test
  void parse_shortOrFolderName_givesTheSetAndUnknownNamesAreListed() {
    assertThat(EvalSet.parse("NAEB")).isEqualTo(EvalSet.NAEB);
    assertThat(EvalSet.parse("readability-testpages")).isEqualTo(EvalSet.READABILITY);
    assertThatThrownBy(() -> EvalSet.parse("zite"))
        .hasMessage(
            "unknown extraction set 'zite'; expected one of zyte, naeb, htmldate, trafilatura, readability");
  }
}
