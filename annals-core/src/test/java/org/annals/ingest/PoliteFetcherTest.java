package org.annals.ingest;

import static org.annals.ingest.TestSite.article;
import static org.annals.ingest.TestSite.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.annals.model.Warning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fetching like a good citizen, against a real local server: robots.txt (RFC 9309 failure rules,
 * crawl-delay, a 10 MB file), per-host delay, conditional GET, the SSRF guard on every fetch, and
 * hostile bodies (slow, endless, gzip bomb).
 */
class PoliteFetcherTest {
  private static final String PAGE =
      article("Council meets", "The council met on Tuesday to discuss the budget.");

  private TestSite site;
  private SourceOptions options;

  @BeforeEach
  void start() throws IOException {
    site = new TestSite();
    options =
        SourceOptions.defaults()
            .withFetch(FetchOptions.defaults().withAllowPrivate(true))
            .withHostDelay(Duration.ZERO);
    site.html("/a", PAGE).html("/b", PAGE).html("/c", PAGE).html("/private/x", PAGE);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private List<Fetched> read(String url) throws InputException {
    return readAll(Sources.open(url, options));
  }

  private List<Fetched> read(String url, SourceOptions o) throws InputException {
    return readAll(Sources.open(url, o));
  }

  // ------------------------------------------------------------------ robots.txt

  @Test
  void read_pathDisallowedByRobots_isSkippedWithoutFetchingIt() throws Exception {
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    String url = site.url("/private/x");

    assertThat(read(url))
        .singleElement()
        .isEqualTo(
            new Fetched.Skipped(
                url, null, url + ": robots.txt of " + site.base() + " disallows it for Annals"));
    assertThat(site.paths()).containsExactly("/robots.txt");
  }

  @Test
  void read_groupNamingAnnals_appliesOverTheWildcard() throws Exception {
    site.page(
        "/robots.txt",
        "text/plain",
        "User-agent: *\nAllow: /\n\nUser-agent: Annals\nDisallow: /b\n");

    assertThat(read(site.url("/a"))).singleElement().isInstanceOf(Fetched.Document.class);
    assertThat(read(site.url("/b"))).singleElement().isInstanceOf(Fetched.Skipped.class);
  }

  @Test
  void read_robotsIgnored_fetchesDisallowedPathsAndNeverAsksForRobots() throws Exception {
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n");

    assertThat(read(site.url("/a"), options.withObeyRobots(false)))
        .singleElement()
        .isInstanceOf(Fetched.Document.class);
    assertThat(site.paths()).containsExactly("/a");
  }

  @Test
  void read_robots404_allowsEverything() throws Exception {
    assertThat(read(site.url("/private/x"))).singleElement().isInstanceOf(Fetched.Document.class);
    assertThat(site.paths()).containsExactly("/robots.txt", "/private/x");
  }

  @Test
  void read_robots500_leavesTheHostAloneForNow() throws Exception {
    site.status("/robots.txt", 500);
    String url = site.url("/a");

    assertThat(read(url))
        .singleElement()
        .isEqualTo(
            new Fetched.Skipped(
                url,
                null,
                url
                    + ": not fetched for now: "
                    + site.url("/robots.txt")
                    + " answered HTTP 500, which RFC 9309 reads as \"disallow all\"; try again later"));
    assertThat(site.paths()).containsExactly("/robots.txt");
  }

  @Test
  void read_robotsUnreachable_leavesTheHostAloneForNow() throws Exception {
    site.on("/robots.txt", x -> site.hang());
    SourceOptions o =
        options.withFetch(
            new FetchOptions(
                true,
                1_000_000,
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                5,
                FetchOptions.defaultUserAgent()));
    String url = site.url("/a");

    List<Fetched> events = read(url, o);

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            Fetched.Skipped.class,
            s ->
                assertThat(s.reason())
                    .startsWith(
                        url
                            + ": not fetched for now: "
                            + site.url("/robots.txt")
                            + " could not be fetched (timed out")
                    .endsWith("try again later"));
    assertThat(site.paths()).containsExactly("/robots.txt");
  }

  @Test
  void read_robotsFetchedOncePerHost_acrossSourcesOfOneRun() throws Exception {
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    Sources sources = Sources.with(options);

    for (String p : List.of("/a", "/b", "/c")) {
      readAll(sources.open(site.url(p)));
    }

    assertThat(site.paths()).containsExactly("/robots.txt", "/a", "/b", "/c");
  }

  @Test
  void read_tenMegabyteRobots_isReadOnlyToItsFirst500KiB() throws Exception {
    byte[] huge =
        ("User-agent: *\nDisallow: /b\n"
                + "# filler line to make the file enormous\n".repeat(250_000)
                + "Disallow: /c\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(huge.length).isGreaterThan(10_000_000);
    site.on("/robots.txt", x -> TestSite.send(x, 200, "text/plain", huge));
    Sources sources = Sources.with(options);
    long start = System.nanoTime();

    assertThat(readAll(sources.open(site.url("/b"))))
        .singleElement()
        .isInstanceOf(Fetched.Skipped.class);
    assertThat(readAll(sources.open(site.url("/c"))))
        .singleElement()
        .isInstanceOf(Fetched.Document.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void read_crawlDelay_spacesRequestsToTheHost() throws Exception {
    site.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
    Sources sources = Sources.with(options);

    for (String p : List.of("/a", "/b", "/c")) {
      readAll(sources.open(site.url(p)));
    }

    assertThat(gapsMillis(site.requests()))
        .allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(950));
  }

  @Test
  void read_crawlDelayOverTheMaximum_isCappedNotObeyed() throws Exception {
    site.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 3600\n");
    Sources sources = Sources.with(options.withMaxCrawlDelay(Duration.ofMillis(300)));
    long start = System.nanoTime();

    readAll(sources.open(site.url("/a")));
    readAll(sources.open(site.url("/b")));

    assertThat(site.paths()).containsExactly("/robots.txt", "/a", "/b");
    assertThat(gapsMillis(site.requests()).get(1)).isBetween(280L, 3000L);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void read_hostDelay_spacesEveryRequestIncludingRobots() throws Exception {
    Sources sources = Sources.with(options.withHostDelay(Duration.ofMillis(400)));

    readAll(sources.open(site.url("/a")));
    readAll(sources.open(site.url("/b")));

    assertThat(site.paths()).containsExactly("/robots.txt", "/a", "/b");
    assertThat(gapsMillis(site.requests()))
        .allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(380));
  }

  @Test
  void read_everyRequest_carriesTheAnnalsUserAgent() throws Exception {
    read(site.url("/a"));

    assertThat(site.requests())
        .hasSize(2)
        .allSatisfy(
            r -> assertThat(r.userAgent()).startsWith("Annals/").contains("GPL-3.0-or-later"));
  }

  private static List<Long> gapsMillis(List<TestSite.Request> requests) {
    List<Long> gaps = new java.util.ArrayList<>();
    for (int i = 1; i < requests.size(); i++) {
      gaps.add((requests.get(i).nanos() - requests.get(i - 1).nanos()) / 1_000_000);
    }
    return gaps;
  }

  // ------------------------------------------------------------------ conditional GET

  @Test
  void read_sameUrlAgainWithETag_isNotModifiedAndSkipped() throws Exception {
    site.on(
        "/etag",
        x -> {
          if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            x.sendResponseHeaders(304, -1);
            return;
          }
          x.getResponseHeaders().add("ETag", "\"v1\"");
          TestSite.send(x, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
    Sources sources = Sources.with(options);
    String url = site.url("/etag");

    List<Fetched> first = readStoring(sources.open(url));
    List<Fetched> second = readStoring(sources.open(url));

    assertThat(first).singleElement().isInstanceOf(Fetched.Document.class);
    assertThat(options.validators().get(url)).contains(new Validators.Validator("\"v1\"", null));
    assertThat(second)
        .singleElement()
        .isEqualTo(
            new Fetched.Skipped(
                url, null, url + ": not modified since the last fetch (ETag \"v1\")"));
    assertThat(site.requests())
        .extracting(TestSite.Request::ifNoneMatch)
        .containsExactly(null, null, "\"v1\"");
  }

  @Test
  void read_sameUrlAgainWithLastModified_sendsIfModifiedSince() throws Exception {
    String date = "Thu, 04 Jul 2024 08:46:00 GMT";
    site.on(
        "/dated",
        x -> {
          if (date.equals(x.getRequestHeaders().getFirst("If-Modified-Since"))) {
            x.sendResponseHeaders(304, -1);
            return;
          }
          x.getResponseHeaders().add("Last-Modified", date);
          TestSite.send(x, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
    Sources sources = Sources.with(options);
    String url = site.url("/dated");

    readStoring(sources.open(url));

    assertThat(readStoring(sources.open(url)))
        .singleElement()
        .isEqualTo(new Fetched.Skipped(url, null, url + ": not modified since " + date));
  }

  @Test
  void read_pageChangedSinceTheLastFetch_isFetchedAgainAndItsNewValidatorKept() throws Exception {
    int[] version = {1};
    site.on(
        "/changing",
        x -> {
          String tag = "\"v" + version[0] + "\"";
          if (tag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            x.sendResponseHeaders(304, -1);
            return;
          }
          x.getResponseHeaders().add("ETag", tag);
          TestSite.send(x, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
    Sources sources = Sources.with(options);
    String url = site.url("/changing");

    readStoring(sources.open(url));
    version[0] = 2;

    assertThat(readStoring(sources.open(url))).singleElement().isInstanceOf(Fetched.Document.class);
    assertThat(options.validators().get(url)).contains(new Validators.Validator("\"v2\"", null));
  }

  /** Reads like the pipeline: each document's validator stored as its article is added. */
  private List<Fetched> readStoring(Source source) throws InputException {
    List<Fetched> events = readAll(source);
    events.stream()
        .filter(e -> e instanceof Fetched.Document)
        .forEach(e -> ((Fetched.Document) e).storeValidator(options.validators()));
    return events;
  }

  @Test
  void read_pageWithAnETag_carriesItsValidatorButStoresNothingItself() throws Exception {
    site.on(
        "/etag",
        x -> {
          x.getResponseHeaders().add("ETag", "\"v1\"");
          x.getResponseHeaders().add("Last-Modified", "Thu, 04 Jul 2024 08:46:00 GMT");
          TestSite.send(x, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
    String url = site.url("/etag");

    List<Fetched> events = read(url);

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            Fetched.Document.class,
            d ->
                assertThat(d.validator())
                    .isEqualTo(
                        new Validators.Validator("\"v1\"", "Thu, 04 Jul 2024 08:46:00 GMT")));
    assertThat(options.validators().get(url)).isEmpty();
  }

  @Test
  void read_feedItself_isNeverFetchedConditionally() throws Exception {
    site.on(
        "/feed",
        x -> {
          x.getResponseHeaders().add("ETag", "\"f1\"");
          TestSite.send(
              x,
              200,
              "application/rss+xml",
              ("<rss version=\"2.0\"><channel><title>T</title><link>"
                      + site.base()
                      + "</link><description>d</description></channel></rss>")
                  .getBytes(StandardCharsets.UTF_8));
        });
    Sources sources = Sources.with(options);

    readStoring(sources.open(site.url("/feed")));
    readStoring(sources.open(site.url("/feed")));

    assertThat(options.validators().get(site.url("/feed"))).isEmpty();
    assertThat(site.requests()).extracting(TestSite.Request::ifNoneMatch).containsOnlyNulls();
  }

  // ------------------------------------------------------------------ the SSRF guard on every
  // fetch

  @Test
  void read_loopbackWithoutAllowPrivate_isRefusedBeforeAnyRequest() {
    String url = site.url("/a");

    assertThatThrownBy(() -> readAll(Sources.open(url, SourceOptions.defaults())))
        .isInstanceOf(InputException.class)
        .hasMessage(
            url
                + ": refused: 127.0.0.1 resolves to the internal address 127.0.0.1"
                + " (loopback, private or link-local); pass --allow-private to fetch it anyway");
    assertThat(site.requests()).isEmpty();
  }

  /**
   * A guard that lets 127.0.0.1 stand in for a public site; every other host meets the real guard.
   */
  private static void loopbackIsPublic(String url, String host) throws InputException {
    if (!host.equals("127.0.0.1")) {
      AddressGuard.requirePublic(url, host);
    }
  }

  @Test
  void read_feedItemOnAnInternalHost_failsWhileTheOthersAreRead() throws Exception {
    String internal = "http://localhost:" + site.port() + "/b";
    site.page(
        "/feed",
        "application/rss+xml",
        "<rss version=\"2.0\"><channel><title>T</title><link>x</link>"
            + "<description>d</description><item><link>"
            + internal
            + "</link></item><item><link>"
            + site.url("/a")
            + "</link></item></channel></rss>");
    SourceOptions publicOnly = options.withFetch(FetchOptions.defaults());

    List<Fetched> events =
        readAll(
            Sources.with(publicOnly, PoliteFetcherTest::loopbackIsPublic).open(site.url("/feed")));

    assertThat(events.get(0))
        .isInstanceOfSatisfying(
            Fetched.Failed.class,
            f ->
                assertThat(f.reason())
                    .startsWith(internal + ": refused: localhost resolves to the internal address ")
                    .endsWith("; pass --allow-private to fetch it anyway"));
    assertThat(events.get(1)).isInstanceOf(Fetched.Document.class);
    assertThat(site.paths()).containsExactly("/robots.txt", "/feed", "/a");
  }

  @Test
  void read_redirectToAnInternalHost_isRefusedAtThatHop() throws Exception {
    site.redirect("/to-internal", "http://localhost:" + site.port() + "/a");
    SourceOptions publicOnly = options.withFetch(FetchOptions.defaults());
    String url = site.url("/to-internal");

    assertThatThrownBy(
            () -> readAll(Sources.with(publicOnly, PoliteFetcherTest::loopbackIsPublic).open(url)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(url + ": refused: localhost resolves to the internal address ");
    assertThat(site.paths()).containsExactly("/robots.txt", "/to-internal");
  }

  @Test
  void read_robotsRedirectingToAnInternalHost_isRefusedAndTheHostLeftAlone() throws Exception {
    site.redirect("/robots.txt", "http://localhost:" + site.port() + "/robots-internal.txt");
    SourceOptions publicOnly = options.withFetch(FetchOptions.defaults());
    String url = site.url("/a");

    List<Fetched> events =
        readAll(Sources.with(publicOnly, PoliteFetcherTest::loopbackIsPublic).open(url));

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            Fetched.Skipped.class,
            s ->
                assertThat(s.reason())
                    .contains(
                        "could not be fetched (refused: localhost resolves to the internal address"));
    assertThat(site.paths()).containsExactly("/robots.txt");
  }

  // ------------------------------------------------------------------ hostile bodies

  @Test
  void read_slowBody_failsAtTheTotalTimeout() {
    site.on(
        "/slow",
        x -> {
          x.getResponseHeaders().add("Content-Type", "text/html");
          x.sendResponseHeaders(200, 0);
          x.getResponseBody()
              .write("<html><body><p>the first part".getBytes(StandardCharsets.UTF_8));
          x.getResponseBody().flush();
          site.hang();
        });
    SourceOptions o =
        options.withFetch(
            new FetchOptions(
                true,
                1_000_000,
                Duration.ofSeconds(2),
                Duration.ofMillis(800),
                5,
                FetchOptions.defaultUserAgent()));
    String url = site.url("/slow");
    long start = System.nanoTime();

    assertThatThrownBy(() -> read(url, o))
        .isInstanceOf(InputException.class)
        .hasMessage(
            url + ": cannot read the body of " + url + " (timed out reading the body after 0.8 s)");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void read_endlessChunkedBody_stopsAtTheByteCap() throws Exception {
    byte[] chunk = "<p>more and more and more</p>\n".repeat(100).getBytes(StandardCharsets.UTF_8);
    site.on("/endless", x -> TestSite.endless(x, "text/html", chunk, Duration.ofSeconds(20)));
    long start = System.nanoTime();

    List<Fetched> events =
        read(site.url("/endless"), options.withFetch(options.fetch().withMaxBytes(1_000_000)));

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            Fetched.Document.class,
            d -> {
              assertThat(d.raw().length()).isEqualTo(1_000_000);
              assertThat(d.raw().warnings())
                  .extracting(Warning::code)
                  .containsExactly("input-truncated");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void read_gzipBomb_stopsAtTheByteCapAfterDecompression() throws Exception {
    byte[] bomb = bomb(200);
    assertThat(bomb.length).isLessThan(1_000_000);
    site.on(
        "/bomb",
        x -> {
          x.getResponseHeaders().add("Content-Encoding", "gzip");
          TestSite.send(x, 200, "text/html", bomb);
        });
    long start = System.nanoTime();

    List<Fetched> events =
        read(site.url("/bomb"), options.withFetch(options.fetch().withMaxBytes(2_000_000)));

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            Fetched.Document.class,
            d -> {
              assertThat(d.raw().length()).isEqualTo(2_000_000);
              assertThat(d.raw().warnings())
                  .extracting(Warning::code)
                  .containsExactly("input-truncated");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  /** {@code mb} megabytes of one repeated HTML line, gzipped (about a thousandth of the size). */
  static byte[] bomb(int mb) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] block =
        "<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n"
            .repeat(16_000)
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream z = new java.util.zip.GZIPOutputStream(out)) {
      for (long written = 0; written < mb * 1024L * 1024; written += block.length) {
        z.write(block);
      }
    }
    return out.toByteArray();
  }
}
