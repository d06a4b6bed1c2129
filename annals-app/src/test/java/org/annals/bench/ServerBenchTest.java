package org.annals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.annals.cli.Main;
import org.annals.server.AnnalsServer;
import org.annals.server.ServerOptions;
import org.annals.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load client against the real server on a free port, on a small generated store. */
class ServerBenchTest {
  @TempDir static Path tmp;
  private static AnnalsServer server;
  private static List<String> ids;

  @BeforeAll
  static void start() throws Exception {
    Path store = tmp.resolve("store");
    try (Store s = Store.openForWriting(store)) {
      ids = ServerBench.fill(s, 60, 11);
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
  void fixedRate_ofGoodRequests_answersEveryOneWithoutErrors() throws Exception {
    ServerBench.Figures f =
        ServerBench.fixedRate(
            server.url(),
            "mix",
            i ->
                i % 3 == 0
                    ? "/api/articles/" + ids.get(i % ids.size())
                    : i % 3 == 1 ? "/api/series?dyad=USA-RUS" : "/api/articles?q=the",
            200,
            1.0,
            4);
    assertThat(f.requests()).isEqualTo(200);
    assertThat(f.errors()).isZero();
    assertThat(f.seconds()).isGreaterThanOrEqualTo(0.99);
    assertThat(f.p50Millis()).isPositive().isLessThanOrEqualTo(f.p99Millis());
    assertThat(f.p99Millis()).isLessThanOrEqualTo(f.maxMillis());
  }

  @Test
  void fixedRate_notFoundAnswers_countAsErrors() throws Exception {
    ServerBench.Figures f =
        ServerBench.fixedRate(
            server.url(),
            "missing",
            i -> i % 2 == 0 ? "/api/health" : "/api/articles/0000000000000000",
            100,
            0.5,
            2);
    assertThat(f.requests()).isEqualTo(50);
    assertThat(f.errors()).isEqualTo(25);
  }

  @Test
  void fixedRate_noServerListening_isAllErrors() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ServerBench.Figures f =
        ServerBench.fixedRate("http://127.0.0.1:" + port, "down", i -> "/api/health", 50, 0.2, 2);
    assertThat(f.requests()).isEqualTo(10);
    assertThat(f.errors()).isEqualTo(10);
  }

  @Test
  void benchServerCommand_againstARunningServer_loadsItAtTheRateAndReports() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {
              "bench",
              "server",
              "--url",
              server.url(),
              "--articles",
              "60",
              "--seed",
              "11",
              "--rate",
              "100",
              "--seconds",
              "0.5",
              "--warm-up",
              "0.2",
              "--clients",
              "1"
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("fixed rate 100/s for 0.5 s after 0.2 s untimed on 16 connections")
        .containsPattern("mixed@100/s +\\d+\\.\\d +[\\d.]+ +[\\d.]+ +[\\d.]+ +50 +0\\n");
  }

  @Test
  void benchServerCommand_urlWithoutPort_isAUsageError() {
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {"bench", "server", "--url", "localhost", "--rate", "10"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("--url must be a server's base URL with its port, as http://127.0.0.1:7070");
  }

  @Test
  void load_closedLoop_keepsEachClientOnItsConnection() throws Exception {
    ServerBench.Figures f = ServerBench.load(server.url(), "health", i -> "/api/health", 2, 0.5);
    assertThat(f.requests()).isGreaterThan(10);
    assertThat(f.errors()).isZero();
  }
}
