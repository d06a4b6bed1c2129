package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.annals.cli.Main;
import org.annals.model.ArticleJson;
import org.annals.store.Annotations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over real HTTP on a free port, on a store of the team's examples. */
class ApiTest {
  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final long MAX_UPLOAD = 200_000;

  @TempDir static Path tmp;
  private static AnnalsServer server;

  @BeforeAll
  static void start() throws Exception {
    Path store = tmp.resolve("store");
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {"ingest", "--quiet", "--store", store.toString(), EXAMPLES.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    server =
        AnnalsServer.start(
            new ServerOptions(store, ServerOptions.DEFAULT_HOST, 0, MAX_UPLOAD, false, List.of()));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void start_byDefault_bindsLoopbackOnlyAndWritesItsUrlInTheStore() throws IOException {
    assertThat(server.url()).startsWith("http://127.0.0.1:");
    assertThat(ServerOptions.onAnyPort(tmp).host()).isEqualTo("127.0.0.1");
    assertThat(Files.readString(server.storeDir().resolve("server.url")).strip())
        .isEqualTo(server.url());
  }

  @Test
  void health_answersOkWithTheArticleCount() throws Exception {
    var r = get("/api/health");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("articles").asLong()).isGreaterThanOrEqualTo(8); // uploads add more
  }

  @Test
  void everyAnswer_carriesTheContentSecurityPolicy() throws Exception {
    for (String path : List.of("/api/health", "/api/articles/0000000000000000", "/api/nowhere")) {
      var r = get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(AnnalsServer.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void search_findsTheWordsWithMarkedSnippetsAndFacets() throws Exception {
    var r = get("/api/articles?q=pledged&size=2");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    long total = body.get("total").asLong();
    assertThat(total).isGreaterThan(2);
    assertThat(body.get("hits")).hasSize(2);
    assertThat(body.get("hits").get(0).get("snippet").asText()).contains("<mark>pledged</mark>");
    long faceted = 0;
    for (JsonNode n : body.at("/facets/publisher")) {
      faceted += n.asLong();
    }
    assertThat(faceted).isPositive().isLessThanOrEqualTo(total); // articles without a publisher
    JsonNode page2 = JSON.readTree(get("/api/articles?q=pledged&page=2&size=2").body());
    assertThat(page2.get("page").asInt()).isEqualTo(2);
    assertThat(page2.at("/hits/0/id").asText()).isNotEqualTo(body.at("/hits/0/id").asText());
  }

  @Test
  void search_filtersByActorAndDate() throws Exception {
    JsonNode body = JSON.readTree(get("/api/articles?actor=PRTGOV").body());
    assertThat(body.get("total").asLong()).isEqualTo(1);
    assertThat(body.at("/hits/0/headline").asText()).contains("Portugal and Morocco");
    body = JSON.readTree(get("/api/articles?from=2025-01-01&to=2025-12-31").body());
    assertThat(body.get("total").asLong()).isEqualTo(3);
  }

  @Test
  void search_unknownParameter_isA400NamingItAndTheKnownOnes() throws Exception {
    assertError(
        get("/api/articles?qq=pledge"),
        400,
        "{\"error\":\"bad-parameter\",\"message\":\"parameter 'qq' has the value 'pledge':"
            + " expected one of the parameters q, from, to, publisher, section, actor, page,"
            + " size\",\"parameter\":\"qq\",\"value\":\"pledge\",\"expected\":\"one of the"
            + " parameters q, from, to, publisher, section, actor, page, size\"}");
  }

  @Test
  void search_badDate_isA400WithTheExpectedForm() throws Exception {
    assertError(
        get("/api/articles?from=2024-13-01"),
        400,
        "{\"error\":\"bad-parameter\",\"message\":\"parameter 'from' has the value '2024-13-01':"
            + " expected a date as YYYY-MM-DD, as 2024-07-04\",\"parameter\":\"from\","
            + "\"value\":\"2024-13-01\",\"expected\":\"a date as YYYY-MM-DD, as 2024-07-04\"}");
  }

  @Test
  void search_rangeBackwards_sizeTooLarge_pageTooDeep_are400s() throws Exception {
    assertThat(
            json(get("/api/articles?from=2025-01-02&to=2025-01-01"), 400).get("parameter").asText())
        .isEqualTo("from");
    assertError(
        get("/api/articles?size=500"),
        400,
        "{\"error\":\"bad-parameter\",\"message\":\"parameter 'size' has the value '500': expected"
            + " a whole number from 1 to 100\",\"parameter\":\"size\",\"value\":\"500\","
            + "\"expected\":\"a whole number from 1 to 100\"}");
    assertThat(json(get("/api/articles?page=9000&size=100"), 400).get("parameter").asText())
        .isEqualTo("page");
    assertThat(json(get("/api/articles?q=a&q=b"), 400).get("expected").asText())
        .isEqualTo("the parameter once, not repeated");
  }

  @Test
  void article_givesTheArticleItsAnnotationsAndEvents() throws Exception {
    String id = firstHit("Portugal and Morocco");
    JsonNode body = json(get("/api/articles/" + id), 200);
    assertThat(body.at("/article/publisher").asText()).isEqualTo("Meridian News Agency");
    assertThat(body.at("/annotations/article").isMissingNode()).isTrue();
    assertThat(body.at("/annotations/mentions").size()).isPositive();
    assertThat(body.at("/annotations/quotes").size()).isPositive();
    List<String> roots = new ArrayList<>();
    body.at("/annotations/events").forEach(e -> roots.add(e.path("cameoRoot").asText()));
    assertThat(roots).contains("04", "03");
  }

  @Test
  void article_servedFromItsStoredJson_isTheBytesOfItsArticleAndAnnotationTrees() throws Exception {
    JsonNode hits = json(get("/api/articles?size=100"), 200).get("hits");
    assertThat(hits.size()).isGreaterThanOrEqualTo(8);
    int annotated = 0;
    for (JsonNode hit : hits) {
      String id = hit.get("id").asText();
      ObjectNode expected = JSON.createObjectNode();
      expected.set("article", ArticleJson.toTree(server.store().article(id).orElseThrow()));
      Annotations ann = server.store().annotations(id).orElse(null);
      if (ann == null) {
        expected.putNull("annotations");
      } else {
        ObjectNode tree = (ObjectNode) JSON.readTree(ann.json());
        tree.remove("article");
        expected.set("annotations", tree);
        annotated++;
      }
      HttpResponse<byte[]> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(server.url() + "/api/articles/" + id)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(new String(r.body(), StandardCharsets.UTF_8))
          .as(id)
          .isEqualTo(JSON.writeValueAsString(expected));
    }
    assertThat(annotated).isPositive();
  }

  @Test
  void article_unknownOrMalformedId_isA404() throws Exception {
    assertError(
        get("/api/articles/0000000000000000"),
        404,
        "{\"error\":\"not-found\",\"message\":\"no article with id '0000000000000000' is"
            + " stored\"}");
    assertThat(json(get("/api/articles/..%2F..%2Fetc"), 404).get("error").asText())
        .isEqualTo("not-found");
  }

  @Test
  void events_ofADyad_comeMergedWithTheirMentionsAndEvidence() throws Exception {
    JsonNode body = json(get("/api/events?dyad=PRT-MAR"), 200);
    assertThat(body.get("total").asInt()).isPositive();
    JsonNode meeting = null;
    for (JsonNode e : body.get("events")) {
      if ("04".equals(e.path("cameoRoot").asText())) {
        meeting = e;
      }
    }
    assertThat(meeting).isNotNull();
    assertThat(meeting.at("/place/name").asText()).isEqualTo("Lisbon");
    assertThat(meeting.get("numArticles").asInt()).isEqualTo(1);
    assertThat(meeting.at("/mentions/0/event/evidence/action/start").isInt()).isTrue();
    JsonNode limited = json(get("/api/events?dyad=PRT-MAR&limit=1"), 200);
    assertThat(limited.get("events")).hasSize(1);
    assertThat(limited.get("total").asInt()).isEqualTo(body.get("total").asInt());
  }

  @Test
  void events_asCsvAndGdelt_areDownloadsOfTheSameEvents() throws Exception {
    int total = json(get("/api/events?kind=interaction"), 200).get("total").asInt();
    var csv = get("/api/events?kind=interaction&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    String[] lines = csv.body().split("\n");
    assertThat(lines[0]).startsWith("id,date,datePrecision,kind,cameo");
    assertThat(lines).hasSize(total + 1);
    var gdelt = get("/api/events?kind=interaction&format=gdelt");
    String[] rows = gdelt.body().split("\n");
    assertThat(rows).hasSize(total);
    assertThat(rows[0].split("\t", -1)).hasSize(61);
  }

  @Test
  void events_badDyadOrCameoOrFormat_are400s() throws Exception {
    assertError(
        get("/api/events?dyad=RUS"),
        400,
        "{\"error\":\"bad-parameter\",\"message\":\"parameter 'dyad' has the value 'RUS': expected"
            + " two actor codes joined by '-', as RUS-IRN or RUSGOV-IRNGOV\",\"parameter\":"
            + "\"dyad\",\"value\":\"RUS\",\"expected\":\"two actor codes joined by '-', as RUS-IRN"
            + " or RUSGOV-IRNGOV\"}");
    assertThat(json(get("/api/events?cameo=4x"), 400).get("parameter").asText()).isEqualTo("cameo");
    assertThat(json(get("/api/events?format=xml"), 400).get("expected").asText())
        .isEqualTo("one of csv, gdelt, json, jsonl");
  }

  @Test
  void series_countsTheInteractionsPerPeriodAndQuad() throws Exception {
    int interactions = json(get("/api/events?kind=interaction"), 200).get("total").asInt();
    JsonNode body = json(get("/api/series?interval=month"), 200);
    int sum = 0;
    for (JsonNode p : body.get("points")) {
      int quads = 0;
      for (int q = 1; q <= 4; q++) {
        quads += p.at("/quad/" + q).asInt();
      }
      assertThat(quads).isEqualTo(p.get("events").asInt());
      sum += quads;
    }
    assertThat(sum).isEqualTo(interactions);
    JsonNode days =
        json(get("/api/series?dyad=PRT-MAR&interval=day&from=2025-03-10&to=2025-03-14"), 200);
    assertThat(days.get("points")).hasSize(5);
    assertThat(days.at("/points/2/period").asText()).isEqualTo("2025-03-12");
    assertThat(days.at("/points/2/events").asInt()).isPositive();
    assertError(
        get("/api/series?interval=hour"),
        400,
        "{\"error\":\"bad-parameter\",\"message\":\"parameter 'interval' has the value 'hour':"
            + " expected one of day, month, week\",\"parameter\":\"interval\",\"value\":\"hour\","
            + "\"expected\":\"one of day, month, week\"}");
    assertThat(
            json(get("/api/series?interval=day&from=1900-01-01&to=2100-01-01"), 400)
                .get("parameter")
                .asText())
        .isEqualTo("interval");
  }

  @Test
  void network_linksTheActorsWithNamesFromTheActorBase() throws Exception {
    JsonNode body = json(get("/api/network"), 200);
    Set<String> nodes = new TreeSet<>();
    body.get("nodes").forEach(n -> nodes.add(n.get("id").asText() + "=" + n.get("name").asText()));
    assertThat(nodes).contains("PRTGOV=Portugal: government", "MARGOV=Morocco: government");
    boolean edge = false;
    for (JsonNode e : body.get("edges")) {
      edge |=
          e.get("source").asText().equals("PRTGOV") && e.get("target").asText().equals("MARGOV");
    }
    assertThat(edge).isTrue();
    assertThat(json(get("/api/network?min=1000"), 200).get("edges")).isEmpty();
  }

  @Test
  void actor_givesItsPeopleWithRolesAndItsEvents() throws Exception {
    JsonNode body = json(get("/api/actors/prtgov"), 200);
    assertThat(body.get("code").asText()).isEqualTo("PRTGOV");
    assertThat(body.get("name").asText()).isEqualTo("Portugal: government");
    assertThat(body.at("/people/0/name").asText()).isEqualTo("Duarte Vasconcelos");
    assertThat(body.at("/people/0/role").asText()).contains("Prime Minister");
    assertThat(body.get("events").size()).isPositive();
    assertError(
        get("/api/actors/QQQZZZ"),
        404,
        "{\"error\":\"not-found\",\"message\":\"no actor 'QQQZZZ': no stored article names it and"
            + " the actor base does not know it\"}");
    assertThat(json(get("/api/actors/R%20U"), 400).get("parameter").asText()).isEqualTo("code");
  }

  @Test
  void ingest_withoutTheToken_isA401() throws Exception {
    String expected =
        "{\"error\":\"unauthorized\",\"message\":\"writing needs the server's token: send"
            + " 'Authorization: Bearer TOKEN' (the token is in "
            + server.tokenFile()
            + ")\"}";
    assertError(postJson("/api/ingest", "{\"url\":\"https://example.org/\"}", null), 401, expected);
    assertError(
        postJson("/api/ingest", "{\"url\":\"https://example.org/\"}", "0".repeat(64)),
        401,
        expected);
  }

  @Test
  void ingest_largerThanTheLimit_isA413BeforeTheBodyIsRead() throws Exception {
    // raw HTTP: the headers announce a body over the limit; the server answers without reading it
    URI base = URI.create(server.url());
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      String head =
          "POST /api/ingest HTTP/1.1\r\nHost: "
              + base.getHost()
              + "\r\nAuthorization: Bearer "
              + server.token()
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + (MAX_UPLOAD + 1)
              + "\r\nConnection: close\r\n\r\n{\"url\":\"https://example.org/";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 413");
      JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
      assertThat(body.get("error").asText()).isEqualTo("too-large");
      assertThat(body.get("message").asText())
          .isEqualTo(
              "the request body is "
                  + (MAX_UPLOAD + 1)
                  + " bytes, over the server's limit of "
                  + MAX_UPLOAD
                  + " bytes; send fewer or smaller files, or start the server with a larger"
                  + " --max-upload");
    }
  }

  @Test
  void ingest_badBodies_are400s() throws Exception {
    assertThat(json(postJson("/api/ingest", "{}", server.token()), 400).get("message").asText())
        .contains("names no URL");
    assertThat(
            json(postJson("/api/ingest", "{\"url\":\"file:///etc/passwd\"}", server.token()), 400)
                .get("parameter")
                .asText())
        .isEqualTo("url");
    assertThat(
            json(postJson("/api/ingest", "not json", server.token()), 400).get("message").asText())
        .contains("not JSON");
  }

  @Test
  void ingest_privateAddress_isRefusedAndReportedInTheJob() throws Exception {
    JsonNode job =
        json(postJson("/api/ingest", "{\"url\":\"http://127.0.0.1:9/x\"}", server.token()), 202);
    JsonNode done = awaitJob(job.get("job").asText());
    assertThat(done.get("status").asText()).isEqualTo("done");
    assertThat(done.at("/report/failedSources").asInt()).isEqualTo(1);
    assertThat(done.at("/report/failures/0").asText()).contains("refused").contains("127.0.0.1");
  }

  @Test
  void ingest_uploadedFile_isStoredAnnotatedAndSearchable() throws Exception {
    String text =
        "Iceland and Greenland sign fisheries accord in Nuuk\n\n"
            + "Iceland and Greenland signed a fisheries agreement in Nuuk on Friday, the two"
            + " governments said, after a year of talks on capelin quotas in the waters between"
            + " them.\n\nThe accord runs for five years.\n";
    // the examples may hold Icelandic events of their own (a Norwegian article does)
    int before = json(get("/api/events?actor=ISL"), 200).get("total").asInt(); // now cached
    String boundary = "annalsboundary42";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../nuuk.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n"
            + text
            + "\r\n--"
            + boundary
            + "--\r\n";
    var r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/api/ingest"))
                .header("Authorization", "Bearer " + server.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode job = json(r, 202);
    assertThat(r.headers().firstValue("Location"))
        .hasValue("/api/ingest/" + job.get("job").asText());
    JsonNode done = awaitJob(job.get("job").asText());
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("done");
    assertThat(done.at("/report/added").asInt()).isEqualTo(1);
    assertThat(done.get("sources").get(0).asText()).isEqualTo("upload");
    String id = done.at("/articles/0").asText();
    assertThat(json(get("/api/articles/" + id), 200).at("/article/headline").asText())
        .isEqualTo("Iceland and Greenland sign fisheries accord in Nuuk");
    assertThat(json(get("/api/articles?q=capelin"), 200).get("total").asInt()).isEqualTo(1);
    // the commit made the cached answer stale: the new events are there
    JsonNode events = json(get("/api/events?actor=ISL"), 200);
    assertThat(events.get("total").asInt()).as(events.toString()).isGreaterThan(before);
    List<String> articles = new ArrayList<>();
    events
        .get("events")
        .forEach(e -> e.get("mentions").forEach(m -> articles.add(m.get("article").asText())));
    assertThat(articles).contains(id);
    assertThat(Files.list(server.storeDir().resolve("uploads")).count()).isZero();
  }

  @Test
  void openApi_documentsEveryEndpointTheServerRoutes() throws Exception {
    JsonNode doc = json(get("/api/openapi.json"), 200);
    assertThat(doc.get("openapi").asText()).startsWith("3.0");
    assertThat(new Api(null, null, null, ServerOptions.onAnyPort(tmp)).handlers().keySet())
        .containsExactlyElementsOf(Api.ENDPOINTS);
    for (Endpoint e : Api.ENDPOINTS) {
      JsonNode op =
          doc.at(
              "/paths/"
                  + e.path().replace("/", "~1")
                  + "/"
                  + e.method().toLowerCase(java.util.Locale.ROOT));
      assertThat(op.isMissingNode()).as(e.path()).isFalse();
      List<String> documented = new ArrayList<>();
      op.path("parameters").forEach(p -> documented.add(p.get("name").asText()));
      assertThat(documented)
          .as(e.path())
          .containsExactlyElementsOf(e.params().stream().map(Param::name).toList());
      op.path("responses")
          .forEach(
              resp -> {
                String ref = resp.at("/content/application~1json/schema/$ref").asText("");
                if (!ref.isEmpty()) {
                  String name = ref.substring(ref.lastIndexOf('/') + 1);
                  assertThat(doc.at("/components/schemas/" + name).isMissingNode())
                      .as(ref)
                      .isFalse();
                }
              });
    }
  }

  @Test
  void aSecondWriter_isToldTheServerOwnsTheStoreAndWhereItIs() {
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {"events", "--store", server.storeDir().toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(code).isEqualTo(3);
    assertThat(err.toString())
        .contains("annals serve owns this store")
        .contains(server.url() + "/api");
  }

  private static JsonNode awaitJob(String id) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      JsonNode j = json(get("/api/ingest/" + id), 200);
      String status = j.get("status").asText();
      if (status.equals("done") || status.equals("failed") || System.nanoTime() > deadline) {
        return j;
      }
      Thread.sleep(100);
    }
  }

  private static String firstHit(String words) throws Exception {
    return json(
            get(
                "/api/articles?q="
                    + URLEncoder.encode("\"" + words + "\"", StandardCharsets.UTF_8)),
            200)
        .at("/hits/0/id")
        .asText();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> postJson(String path, String body, String token)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r, int status) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return JSON.readTree(r.body());
  }

  private static void assertError(HttpResponse<String> r, int status, String body)
      throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(JSON.readTree(r.body())).isEqualTo(JSON.readTree(body));
  }
}
