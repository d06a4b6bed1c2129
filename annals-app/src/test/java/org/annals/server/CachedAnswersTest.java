package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.annals.bench.ServerBench;
import org.annals.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's cache of finished answers over real HTTP on a free port, on a store of generated
 * articles and events (no NLP): a cached answer is the bytes of the one made, and a commit makes
 * the next answer anew.
 */
class CachedAnswersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<String> PATHS =
      List.of(
          "/api/series?dyad=USA-RUS&interval=month",
          "/api/series?interval=week",
          "/api/network?min=2",
          "/api/events?dyad=USA-CHN&limit=20",
          "/api/events?actor=RUS&format=csv",
          "/api/events?actor=USA&format=gdelt&limit=50",
          "/api/actors/USA");

  @TempDir static Path tmp;
  private static AnnalsServer server;

  @BeforeAll
  static void start() throws Exception {
    Path store = tmp.resolve("store");
    try (Store s = Store.openForWriting(store)) {
      ServerBench.fill(s, 300, 7);
    }
    server = AnnalsServer.start(ServerOptions.onAnyPort(store));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void readEndpoints_askedTwice_giveTheSameBytesAndHeadersMadeOnce() throws Exception {
    for (String path : PATHS) {
      long misses = server.answers().misses();
      long hits = server.answers().hits();
      HttpResponse<byte[]> first = get(path);
      HttpResponse<byte[]> second = get(path);
      assertThat(first.statusCode()).as(path).isEqualTo(200);
      assertThat(first.body()).as(path).isNotEmpty();
      assertThat(second.body()).as(path).isEqualTo(first.body());
      for (String header : List.of("Content-Type", "Content-Disposition")) {
        assertThat(second.headers().firstValue(header))
            .as(path + " " + header)
            .isEqualTo(first.headers().firstValue(header));
      }
      assertThat(second.headers().firstValue("Content-Security-Policy")).hasValue(AnnalsServer.CSP);
      assertThat(server.answers().hits() - hits).as(path).isGreaterThanOrEqualTo(1);
      assertThat(server.answers().misses() - misses).as(path).isLessThanOrEqualTo(1);
    }
    assertThat(get("/api/events?actor=RUS&format=csv").headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"annals-events.csv\"");
  }

  @Test
  void sameQuerySpelledDifferently_sharesOneAnswer() throws Exception {
    byte[] upper = get("/api/series?dyad=USA-IRN&interval=MONTH").body();
    long misses = server.answers().misses();
    byte[] lower = get("/api/series?interval=month&dyad=usa-irn").body();
    assertThat(lower).isEqualTo(upper);
    assertThat(server.answers().misses()).isEqualTo(misses);
  }

  @Test
  void badParameters_areStill400sAndNotCached() throws Exception {
    int kept = server.answers().size();
    HttpResponse<byte[]> r = get("/api/series?dyad=USA&interval=month");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("parameter").asText()).isEqualTo("dyad");
    HttpResponse<byte[]> tooLong = get("/api/series?interval=day&from=1900-01-01&to=2024-01-01");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(server.answers().size()).isEqualTo(kept);
  }

  @Test
  void series_afterACommit_isMadeAgainFromTheNewEvents() throws Exception {
    String path = "/api/series?interval=month&from=2000-01-01&to=2030-12-31";
    long before = events(JSON.readTree(get(path).body()));
    assertThat(JSON.readTree(get(path).body())).isNotNull(); // now cached
    long misses = server.answers().misses();
    ServerBench.fill(server.store(), 200, 8); // other articles, other events
    long after = events(JSON.readTree(get(path).body()));
    assertThat(server.answers().misses()).isEqualTo(misses + 1);
    assertThat(after).isGreaterThan(before);
  }

  private static long events(JsonNode series) {
    long n = 0;
    for (JsonNode p : series.get("points")) {
      n += p.get("events").asLong();
    }
    return n;
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
