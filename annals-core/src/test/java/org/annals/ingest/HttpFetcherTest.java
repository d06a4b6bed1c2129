package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.annals.model.RawDocument;
import org.annals.model.Warning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on a free loopback port (the JDK's own server). */
class HttpFetcherTest {
  private static final String PAGE =
      "<html><body><h1>Talks</h1><p>The ministers met.</p></body></html>";

  private HttpServer server;
  private ExecutorService pool;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "test-http");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    requests.add(path + " " + x.getRequestHeaders().getFirst("User-Agent"));
    try (x) {
      if (path.equals("/page")) {
        send(x, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
      } else if (path.startsWith("/hops/")) {
        int n = Integer.parseInt(path.substring(6));
        redirect(x, n == 0 ? "/page" : "/hops/" + (n - 1));
      } else if (path.equals("/relative")) {
        redirect(x, "page");
      } else if (path.equals("/loop")) {
        redirect(x, "/loop");
      } else if (path.equals("/to-localhost")) {
        redirect(x, "http://localhost:" + server.getAddress().getPort() + "/page");
      } else if (path.equals("/big")) {
        send(x, 200, "text/plain", new byte[3 * 1024 * 1024]);
      } else if (path.equals("/gzip")) {
        x.getResponseHeaders().add("Content-Encoding", "gzip");
        send(x, 200, "text/html", LimitsTest.gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
      } else if (path.equals("/slow-body")) {
        slowBody(x);
      } else if (path.equals("/silent")) {
        await();
        send(x, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
      } else if (path.equals("/unavailable")) {
        send(x, 503, "text/plain", "down".getBytes(StandardCharsets.UTF_8));
      } else {
        send(x, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static void send(HttpExchange x, int status, String type, byte[] body)
      throws IOException {
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      x.getResponseBody().write(body);
    }
  }

  private static void redirect(HttpExchange x, String location) throws IOException {
    x.getResponseHeaders().add("Location", location);
    x.sendResponseHeaders(302, -1);
  }

  private void slowBody(HttpExchange x) throws IOException {
    x.getResponseHeaders().add("Content-Type", "text/html");
    x.sendResponseHeaders(200, 0);
    OutputStream out = x.getResponseBody();
    out.write("<html><body><p>the first part arrives".getBytes(StandardCharsets.UTF_8));
    out.flush();
    await();
  }

  private void await() {
    try {
      release.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static FetchOptions local() {
    return FetchOptions.defaults().withAllowPrivate(true);
  }

  private static FetchOptions withTimeout(Duration total) {
    FetchOptions d = local();
    return new FetchOptions(
        true, d.maxBytes(), Duration.ofSeconds(5), total, d.maxRedirects(), d.userAgent());
  }

  // ------------------------------------------------------------------ the SSRF guard

  @Test
  void fetch_loopbackWithoutAllowPrivate_isRefusedBeforeAnyRequest() {
    String url = base + "/page";
    assertThatThrownBy(() -> new HttpFetcher(FetchOptions.defaults()).fetch(url))
        .isInstanceOf(InputException.class)
        .hasMessage(
            url
                + ": refused: 127.0.0.1 resolves to the internal address 127.0.0.1"
                + " (loopback, private or link-local); pass --allow-private to fetch it anyway");
    assertThat(requests).isEmpty();
  }

  @Test
  void fetch_localhostByNameWithoutAllowPrivate_isRefused() {
    String url = "http://localhost:" + server.getAddress().getPort() + "/page";
    assertThatThrownBy(() -> new HttpFetcher(FetchOptions.defaults()).fetch(url))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(url + ": refused: localhost resolves to the internal address ");
    assertThat(requests).isEmpty();
  }

  @Test
  void fetch_redirectToAnInternalHost_isRefusedAtThatHop() {
    // the test's guard lets 127.0.0.1 stand in for a public site; every other host meets the real
    // guard
    HttpFetcher fetcher =
        new HttpFetcher(
            FetchOptions.defaults(),
            (url, host) -> {
              if (!host.equals("127.0.0.1")) {
                AddressGuard.requirePublic(url, host);
              }
            });
    String url = base + "/to-localhost";
    assertThatThrownBy(() -> fetcher.fetch(url))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(url + ": refused: localhost resolves to the internal address ")
        .hasMessageEndingWith("; pass --allow-private to fetch it anyway");
    assertThat(requests).extracting(r -> r.split(" ")[0]).containsExactly("/to-localhost");
  }

  @Test
  void fetch_unresolvableHost_saysSoAndNamesTheUrl() {
    String url = "http://no-such-host.invalid/page";
    assertThatThrownBy(() -> new HttpFetcher(FetchOptions.defaults()).fetch(url))
        .isInstanceOf(InputException.class)
        .hasMessage(url + ": the host 'no-such-host.invalid' does not resolve; check the URL");
  }

  // ------------------------------------------------------------------ success

  @Test
  void fetch_loopbackWithAllowPrivate_returnsTheBodyAndItsOrigin() throws Exception {
    String url = base + "/page";
    RawDocument d = new HttpFetcher(local()).fetch(url);
    assertThat(new String(d.content(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(d.source()).isEqualTo(url);
    assertThat(d.url()).isEqualTo(url);
    assertThat(d.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(d.warnings()).isEmpty();
    assertThat(requests).singleElement().asString().startsWith("/page Annals/");
  }

  @Test
  void fetch_gzipContentEncoding_isDecompressed() throws Exception {
    RawDocument d = new HttpFetcher(local()).fetch(base + "/gzip");
    assertThat(new String(d.content(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
  }

  @Test
  void fetch_bodyOverTheCap_isTruncatedWithAWarning() throws Exception {
    RawDocument d = new HttpFetcher(local().withMaxBytes(1_000_000)).fetch(base + "/big");
    assertThat(d.length()).isEqualTo(1_000_000);
    assertThat(d.warnings()).extracting(Warning::code).containsExactly("input-truncated");
  }

  // ------------------------------------------------------------------ redirects

  @Test
  void fetch_redirectChainWithinTheLimit_endsAtTheFinalUrl() throws Exception {
    String url = base + "/hops/4"; // 5 redirects, the default limit
    RawDocument d = new HttpFetcher(local()).fetch(url);
    assertThat(d.source()).isEqualTo(url);
    assertThat(d.url()).isEqualTo(base + "/page");
    assertThat(requests).hasSize(6);
  }

  @Test
  void fetch_redirectChainOverTheLimit_failsNamingTheLimit() {
    String url = base + "/hops/5"; // 6 redirects
    assertThatThrownBy(() -> new HttpFetcher(local()).fetch(url))
        .isInstanceOf(InputException.class)
        .hasMessage(url + ": more than 5 redirects; the site may loop");
    assertThat(requests).hasSize(6);
  }

  @Test
  void fetch_redirectLoop_stopsAtTheLimit() {
    String url = base + "/loop";
    assertThatThrownBy(() -> new HttpFetcher(local()).fetch(url))
        .isInstanceOf(InputException.class)
        .hasMessage(url + ": more than 5 redirects; the site may loop");
  }

  @Test
  void fetch_relativeRedirect_isResolvedAgainstTheCurrentUrl() throws Exception {
    assertThat(new HttpFetcher(local()).fetch(base + "/relative").url()).isEqualTo(base + "/page");
  }

  // ------------------------------------------------------------------ failures

  @Test
  void fetch_notFound_failsNamingTheUrlAndTheStatus() {
    String url = base + "/missing";
    assertThatThrownBy(() -> new HttpFetcher(local()).fetch(url))
        .isInstanceOf(InputException.class)
        .hasMessage(url + ": HTTP 404 from " + url + "; the page is gone, check the URL")
        .satisfies(e -> assertThat(((InputException) e).source()).isEqualTo(url));
  }

  @Test
  void fetch_serverError_suggestsTryingLater() {
    String url = base + "/unavailable";
    assertThatThrownBy(() -> new HttpFetcher(local()).fetch(url))
        .isInstanceOf(InputException.class)
        .hasMessage(
            url + ": HTTP 503 from " + url + "; the site has a server error, try again later");
  }

  @Test
  void fetch_slowBody_isCutAtTheTotalTimeout() {
    String url = base + "/slow-body";
    long start = System.nanoTime();
    assertThatThrownBy(() -> new HttpFetcher(withTimeout(Duration.ofMillis(800))).fetch(url))
        .isInstanceOf(InputException.class)
        .hasMessage(
            url + ": cannot read the body of " + url + " (timed out reading the body after 0.8 s)");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void fetch_serverThatNeverAnswers_timesOut() {
    String url = base + "/silent";
    long start = System.nanoTime();
    assertThatThrownBy(() -> new HttpFetcher(withTimeout(Duration.ofMillis(800))).fetch(url))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(url + ": timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void fetch_closedPort_failsNamingTheUrl() throws Exception {
    int port;
    try (java.net.ServerSocket s =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/page";
    assertThatThrownBy(() -> new HttpFetcher(local()).fetch(url))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(url + ": cannot fetch " + url);
  }

  @Test
  void fetch_notHttp_isRefusedNamingTheScheme() {
    assertThatThrownBy(() -> new HttpFetcher(local()).fetch("file:///etc/passwd"))
        .isInstanceOf(InputException.class)
        .hasMessage("file:///etc/passwd: 'file:///etc/passwd' is not an http(s) URL with a host");
  }
}
