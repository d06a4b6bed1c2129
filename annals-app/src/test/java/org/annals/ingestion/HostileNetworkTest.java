package org.annals.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.annals.extract.Format;
import org.annals.ingest.FetchOptions;
import org.annals.ingest.SourceOptions;
import org.annals.ingest.Sources;
import org.annals.model.Article;
import org.annals.model.Warning;
import org.annals.store.Hit;
import org.annals.store.SearchQuery;
import org.annals.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile servers and pages, end to end: {@code annals ingest}'s own path ({@link Ingestion} over
 * {@link Sources}, the polite fetcher and the HTTP fetcher) into a real store, against a raw local
 * server that plays byte-level tricks. Each case must end in bounded time, as a stored article with
 * warnings or a failure that names the URL and what went wrong, within a 512 MB heap (this class
 * runs in a surefire execution of its own with {@code -Xmx512m}), and without fetching from a
 * private address: the server is trusted by its name, {@code localhost}, and nothing else, so a
 * redirect to 127.0.0.1, 169.254.169.254 or 10.0.0.1 meets the SSRF guard.
 *
 * <p>The fetcher-level cases (a 10 MB robots.txt parsed to its first 500 KiB, caps and timeouts in
 * detail) are in annals-core's {@code PoliteFetcherTest} and {@code HttpFetcherTest}; this class
 * checks that they hold through the whole ingest, and adds what only a raw socket can send.
 */
@Tag("hostile")
class HostileNetworkTest {
  private static final long MAX_BYTES = 2_000_000;
  private static final String PAGE =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour board"
          + " approves timetable</title></head><body><article><h1>Harbour board approves"
          + " timetable</h1><p>The harbour board approved a new ferry timetable on Tuesday after a"
          + " long debate about the winter crossings.</p></article></body></html>";

  @TempDir Path tmp;
  private HostileServer server;
  private long started;

  @BeforeAll
  static void onlyWithABoundedHeap() {
    assumeTrue(
        Runtime.getRuntime().maxMemory() <= 600L * 1024 * 1024,
        "runs in the hostile-network surefire execution, with -Xmx512m");
  }

  @BeforeEach
  void start() throws IOException {
    server = new HostileServer();
    started = System.nanoTime();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  // ------------------------------------------------------------------ bodies

  @Test
  void ingest_gzipBombOf200Megabytes_storesTheFirstTwoWithAWarning() throws Exception {
    byte[] bomb = gzipOfRepeatedLine(200);
    server.page("/bomb", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", bomb);

    IngestReport r = ingest(server.base() + "/bomb");

    assertThat(bomb.length).isLessThan(2_000_000);
    assertThat(r.added()).isEqualTo(1);
    assertThat(onlyArticle().warnings()).extracting(Warning::code).contains("input-truncated");
    assertWithin(Duration.ofSeconds(20));
  }

  @Test
  void ingest_endlessChunkedBody_storesWhatCameBeforeTheCapWithAWarning() throws Exception {
    byte[] chunk =
        "<p>more and more and more of the same paragraph</p>\n"
            .repeat(200)
            .getBytes(StandardCharsets.UTF_8);
    server.on(
        "/endless",
        out -> {
          out.write(
              "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                  .getBytes(StandardCharsets.ISO_8859_1));
          while (!server.closed()) {
            out.write(
                (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
          }
        });

    IngestReport r = ingest(server.base() + "/endless");

    assertThat(r.added()).isEqualTo(1);
    assertThat(onlyArticle().warnings()).extracting(Warning::code).contains("input-truncated");
    assertWithin(Duration.ofSeconds(20));
  }

  @Test
  void ingest_bodyAtOneBytePerSecond_failsAtTheTotalTimeoutNamingTheUrl() throws Exception {
    server.on(
        "/slow",
        out -> {
          out.write(
              "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
                  .getBytes(StandardCharsets.ISO_8859_1));
          for (int i = 0; i < 100_000 && !server.closed(); i++) {
            out.write('<');
            out.flush();
            Thread.sleep(1000);
          }
        });
    String url = server.base() + "/slow";

    IngestReport r = ingest(url);

    assertThat(r.failures())
        .as("%s", r)
        .singleElement()
        .asString()
        .startsWith(url + ": ")
        .contains("timed out reading the body after 3 s");
    assertWithin(Duration.ofSeconds(10));
  }

  // ------------------------------------------------------------------ redirects

  @Test
  void ingest_redirectLoop_failsAtTheRedirectLimit() throws Exception {
    server.redirect("/loop", "/loop-2").redirect("/loop-2", "/loop");
    String url = server.base() + "/loop";

    IngestReport r = ingest(url);

    assertThat(r.failures())
        .singleElement()
        .asString()
        .contains(url)
        .contains("more than 5 redirects; the site may loop");
    assertWithin(Duration.ofSeconds(10));
  }

  @Test
  void ingest_redirectsToLoopbackMetadataAndPrivateAddresses_areRefusedBeforeAnyConnection()
      throws Exception {
    server.page("/secret", "Content-Type: text/html\r\n", PAGE.getBytes(StandardCharsets.UTF_8));
    String[] targets = {
      "http://127.0.0.1:" + server.port() + "/secret",
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/admin"
    };
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < targets.length; i++) {
      server.redirect("/to-" + i, targets[i]);
      urls.add(server.base() + "/to-" + i);
    }

    IngestReport r = ingest(urls.toArray(String[]::new));

    assertThat(r.added()).isZero();
    assertThat(r.failures()).hasSize(3);
    String[] hosts = {"127.0.0.1", "169.254.169.254", "10.0.0.1"};
    for (int i = 0; i < 3; i++) {
      assertThat(r.failures().get(i))
          .startsWith(
              urls.get(i)
                  + ": refused: "
                  + hosts[i]
                  + " resolves to the internal address "
                  + hosts[i])
          .endsWith("; pass --allow-private to fetch it anyway");
    }
    assertThat(server.paths()).doesNotContain("/secret");
    assertWithin(Duration.ofSeconds(5)); // a connection to 10.0.0.1 would wait for its timeout
  }

  // ------------------------------------------------------------------ headers and charsets

  @Test
  void ingest_endlessHeaders_failsInBoundedTimeAndHeap() throws Exception {
    byte[] header =
        ("X-Filler: " + "a".repeat(8000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    server.on(
        "/headers",
        out -> {
          out.write(
              "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                  .getBytes(StandardCharsets.ISO_8859_1));
          while (!server.closed()) {
            out.write(header);
          }
        });
    String url = server.base() + "/headers";

    IngestReport r = ingest(url);

    assertThat(r.failures()).as("%s", r).singleElement().asString().startsWith(url + ": ");
    assertWithin(Duration.ofSeconds(15));
  }

  @Test
  void ingest_invalidUtf8DeclaredAsUtf8_storesTheArticleReadAsAnotherCharsetWithAWarning()
      throws Exception {
    byte[] body =
        PAGE.replace("ferry timetable", "ferry timetable \u00fcber caf\u00e9")
            .getBytes(Charset.forName("windows-1252"));
    server.page("/bad-utf8", "Content-Type: text/html; charset=utf-8\r\n", body);

    IngestReport r = ingest(server.base() + "/bad-utf8");

    assertThat(r.added()).isEqualTo(1);
    Article a = onlyArticle();
    assertThat(a.text()).contains("\u00fcber caf\u00e9").doesNotContain("\uFFFD");
    assertThat(a.warnings()).extracting(Warning::code).contains("charset-mismatch");
  }

  @Test
  void ingest_charsetThatLies_readsTheBytesForWhatTheyAre() throws Exception {
    byte[] body =
        PAGE.replace("Tuesday", "Tuesday in Z\u00fcrich").getBytes(StandardCharsets.UTF_8);
    server.page("/lying", "Content-Type: text/html; charset=windows-1251\r\n", body);

    IngestReport r = ingest(server.base() + "/lying");

    assertThat(r.added()).isEqualTo(1);
    Article a = onlyArticle();
    assertThat(a.text()).contains("Tuesday in Z\u00fcrich");
    assertThat(a.warnings()).extracting(Warning::code).contains("charset-mismatch");
  }

  // ------------------------------------------------------------------ robots.txt and feeds

  @Test
  void ingest_tenMegabyteRobots_isReadToItsCapAndThePageFetched() throws Exception {
    StringBuilder robots = new StringBuilder("User-agent: *\n");
    while (robots.length() < 10 * 1024 * 1024) {
      robots.append("Disallow: /private/").append(robots.length()).append('\n');
    }
    server.page(
        "/robots.txt",
        "Content-Type: text/plain\r\n",
        robots.toString().getBytes(StandardCharsets.US_ASCII));
    server.page("/news", "Content-Type: text/html\r\n", PAGE.getBytes(StandardCharsets.UTF_8));

    IngestReport r = ingest(server.base() + "/news");

    assertThat(r.added()).isEqualTo(1);
    assertWithin(Duration.ofSeconds(20));
  }

  @Test
  void ingest_feedWithAMillionItems_readsToTheCapsAndSaysSo() throws Exception {
    server.page(
        "/robots.txt",
        "Content-Type: text/plain\r\n",
        "User-agent: *\nDisallow: /item/\n".getBytes(StandardCharsets.US_ASCII));
    String base = server.base();
    server.on(
        "/feed.xml",
        out -> {
          out.write(
              "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many</title><link>http://x</link><description>d</description>\n"
                  .getBytes(StandardCharsets.UTF_8));
          for (int i = 0; i < 1_000_000 && !server.closed(); i++) {
            out.write(
                ("<item><title>n" + i + "</title><link>" + base + "/item/" + i + "</link></item>\n")
                    .getBytes(StandardCharsets.UTF_8));
          }
          out.write("</channel></rss>".getBytes(StandardCharsets.UTF_8));
        });
    String url = base + "/feed.xml";

    IngestReport r = ingest(url);

    assertThat(r.added()).isZero();
    assertThat(r.skipped()).isBetween(1_000L, 50_001L);
    assertThat(server.paths()).containsExactly("/robots.txt", "/feed.xml");
    assertWithin(Duration.ofSeconds(30));
  }

  // ------------------------------------------------------------------ helpers

  private IngestReport ingest(String... urls) throws Exception {
    SourceOptions options =
        SourceOptions.defaults()
            .withFetch(
                new FetchOptions(
                    false,
                    MAX_BYTES,
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(3),
                    5,
                    FetchOptions.defaultUserAgent()))
            .withHostDelay(Duration.ZERO);
    Sources sources = Sources.withTrustedHosts(options, Set.of("localhost"));
    try (Store store = Store.openForWriting(tmp.resolve("store"))) {
      return new Ingestion(
              store,
              sources,
              new IngestOptions(Format.AUTO, 1, 50, Duration.ofSeconds(5)),
              IngestListener.NONE)
          .run(List.of(urls));
    }
  }

  private Article onlyArticle() throws Exception {
    try (Store s = Store.openForReading(tmp.resolve("store"))) {
      List<Hit> hits = s.search(new SearchQuery("", null, null, null, null, 10, 0)).hits();
      assertThat(hits).hasSize(1);
      return s.article(hits.get(0).id()).orElseThrow();
    }
  }

  private void assertWithin(Duration limit) {
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(limit);
  }

  /** {@code mb} megabytes of one repeated HTML line, gzipped to about a thousandth. */
  private static byte[] gzipOfRepeatedLine(int mb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] block =
        "<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n"
            .repeat(16_000)
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream z = new GZIPOutputStream(out)) {
      for (long written = 0; written < mb * 1024L * 1024; written += block.length) {
        z.write(block);
      }
    }
    return out.toByteArray();
  }
}
