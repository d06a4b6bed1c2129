package org.annals.ingest;

import static org.annals.ingest.TestSite.article;
import static org.annals.ingest.TestSite.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.annals.model.Timestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sitemaps, sitemap indexes, news sitemaps and gzip sitemaps with crawler-commons, from a real
 * local server.
 */
class SitemapSourceTest {
  private TestSite site;
  private SourceOptions options;

  @BeforeEach
  void start() throws IOException {
    site = new TestSite();
    options =
        SourceOptions.defaults()
            .withFetch(FetchOptions.defaults().withAllowPrivate(true))
            .withHostDelay(Duration.ZERO);
    for (String p : List.of("/n/1", "/n/2", "/n/3", "/n/4")) {
      site.html(
          p, article("Story " + p, "A sentence written for the sitemap tests about " + p + "."));
    }
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private String urlset(String... urls) {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String u : urls) {
      b.append("<url><loc>").append(u).append("</loc><lastmod>2024-07-01</lastmod></url>\n");
    }
    return b.append("</urlset>\n").toString();
  }

  private String index(String... sitemaps) {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String s : sitemaps) {
      b.append("<sitemap><loc>").append(s).append("</loc></sitemap>\n");
    }
    return b.append("</sitemapindex>\n").toString();
  }

  private String news(String loc, String title, String date) {
    return "<url><loc>"
        + loc
        + "</loc><news:news><news:publication><news:name>The Test Courier</news:name>"
        + "<news:language>de</news:language></news:publication><news:publication_date>"
        + date
        + "</news:publication_date><news:title>"
        + title
        + "</news:title></news:news></url>\n";
  }

  private String newsSitemap(String... entries) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n"
        + String.join("", entries)
        + "</urlset>\n";
  }

  @Test
  void read_indexOfANewsSitemapAndAGzipSitemap_fetchesEveryUrlWithNewsHints() throws Exception {
    site.page(
        "/sitemap.xml", "application/xml", index(site.url("/news.xml"), site.url("/more.xml.gz")));
    site.page(
        "/news.xml",
        "application/xml",
        newsSitemap(
            news(site.url("/n/1"), "Rat tagt", "2024-07-04T08:46:00+02:00"),
            news(site.url("/n/2"), "Wahl verschoben", "2024-07-05")));
    byte[] gz =
        TestSite.gzip(urlset(site.url("/n/3"), site.url("/n/4")).getBytes(StandardCharsets.UTF_8));
    site.on("/more.xml.gz", x -> TestSite.send(x, 200, "application/gzip", gz));
    Source source = Sources.open(site.url("/sitemap.xml"), options);

    List<Fetched> events = readAll(source);

    assertThat(source.ordered()).isFalse();
    assertThat(events).allSatisfy(e -> assertThat(e).isInstanceOf(Fetched.Document.class));
    assertThat(events)
        .extracting(Fetched::itemId)
        .containsExactly(site.url("/n/1"), site.url("/n/2"), site.url("/n/3"), site.url("/n/4"));
    assertThat(((Fetched.Document) events.get(0)).hints())
        .isEqualTo(
            new FeedHints(
                "Rat tagt",
                Timestamp.parse("2024-07-04T08:46:00+02:00"),
                List.of(),
                "de",
                "The Test Courier"));
    assertThat(((Fetched.Document) events.get(1)).hints().published())
        .isEqualTo(Timestamp.parse("2024-07-05"));
    assertThat(((Fetched.Document) events.get(2)).hints()).isEqualTo(FeedHints.NONE);
  }

  @Test
  void read_gzipSitemapServedWithContentEncodingToo_isDecompressedTwice() throws Exception {
    byte[] twice =
        TestSite.gzip(TestSite.gzip(urlset(site.url("/n/1")).getBytes(StandardCharsets.UTF_8)));
    site.on(
        "/double.xml.gz",
        x -> {
          x.getResponseHeaders().add("Content-Encoding", "gzip");
          TestSite.send(x, 200, "application/x-gzip", twice);
        });

    assertThat(readAll(Sources.open("sitemap:" + site.url("/double.xml.gz"), options)))
        .extracting(Fetched::itemId)
        .containsExactly(site.url("/n/1"));
  }

  @Test
  void read_localGzipSitemapFile_readsItsUrls(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sitemap.xml.gz");
    Files.write(
        file,
        TestSite.gzip(urlset(site.url("/n/1"), site.url("/n/2")).getBytes(StandardCharsets.UTF_8)));

    assertThat(readAll(Sources.open(file.toString(), options)))
        .extracting(Fetched::itemId)
        .containsExactly(site.url("/n/1"), site.url("/n/2"));
  }

  @Test
  void read_textSitemapNamedWithItsPrefix_readsOneUrlPerLine() throws Exception {
    site.page("/urls.txt", "text/plain", site.url("/n/1") + "\n" + site.url("/n/2") + "\n");

    assertThat(readAll(Sources.open("sitemap:" + site.url("/urls.txt"), options)))
        .extracting(Fetched::itemId)
        .containsExactly(site.url("/n/1"), site.url("/n/2"));
  }

  @Test
  void read_urlsSeenInAnEarlierRun_areSkippedWithoutAFetch() throws Exception {
    site.page("/sitemap.xml", "application/xml", urlset(site.url("/n/1"), site.url("/n/2")));

    List<Fetched> events =
        readAll(
            Sources.open(site.url("/sitemap.xml"), options),
            new Resume(null, Set.of(site.url("/n/1"))::contains));

    assertThat(events.get(0))
        .isEqualTo(
            new Fetched.Skipped(site.url("/n/1"), null, "already ingested in an earlier run"));
    assertThat(events.get(1)).isInstanceOf(Fetched.Document.class);
    assertThat(site.paths()).doesNotContain("/n/1");
  }

  @Test
  void read_childSitemapMissing_failsThatChildAndReadsTheOthers() throws Exception {
    site.page("/sitemap.xml", "application/xml", index(site.url("/gone.xml"), site.url("/ok.xml")));
    site.page("/ok.xml", "application/xml", urlset(site.url("/n/1")));

    List<Fetched> events = readAll(Sources.open(site.url("/sitemap.xml"), options));

    assertThat(events.get(0))
        .isEqualTo(
            new Fetched.Failed(
                site.url("/gone.xml"),
                null,
                site.url("/gone.xml")
                    + ": HTTP 404 from "
                    + site.url("/gone.xml")
                    + "; the page is gone, check the URL"));
    assertThat(events.get(1).itemId()).isEqualTo(site.url("/n/1"));
  }

  @Test
  void read_indexListingItself_isReadOnce() throws Exception {
    site.page("/loop.xml", "application/xml", index(site.url("/loop.xml"), site.url("/ok.xml")));
    site.page("/ok.xml", "application/xml", urlset(site.url("/n/1")));

    List<Fetched> events = readAll(Sources.open(site.url("/loop.xml"), options));

    assertThat(events).extracting(Fetched::itemId).containsExactly(site.url("/n/1"));
    assertThat(site.paths()).containsExactly("/robots.txt", "/loop.xml", "/ok.xml", "/n/1");
  }

  @Test
  void read_indexesNestedTooDeep_stopAtTheDepthLimit() throws Exception {
    site.page("/i0.xml", "application/xml", index(site.url("/i1.xml")));
    site.page("/i1.xml", "application/xml", index(site.url("/i2.xml")));
    site.page("/i2.xml", "application/xml", index(site.url("/i3.xml")));
    site.page("/i3.xml", "application/xml", index(site.url("/i4.xml")));
    site.page("/i4.xml", "application/xml", urlset(site.url("/n/1")));

    List<Fetched> events = readAll(Sources.open(site.url("/i0.xml"), options));

    assertThat(events)
        .singleElement()
        .isEqualTo(
            new Fetched.Skipped(
                site.url("/i4.xml"),
                null,
                site.url("/i4.xml") + ": not read: sitemap indexes nest deeper than 3 levels"));
  }

  @Test
  void read_moreUrlsThanTheCap_readsTheCapAndSaysSo() throws Exception {
    site.page(
        "/sitemap.xml",
        "application/xml",
        urlset(site.url("/n/1"), site.url("/n/2"), site.url("/n/3")));

    List<Fetched> events = readAll(Sources.open(site.url("/sitemap.xml"), options.withMaxItems(2)));

    assertThat(events)
        .extracting(Fetched::itemId)
        .containsExactly(
            site.url("/n/1"), site.url("/n/2"), site.url("/sitemap.xml") + "#over-cap");
    assertThat(((Fetched.Skipped) events.get(2)).reason())
        .isEqualTo(
            site.url("/sitemap.xml")
                + ": the sitemap lists more than 2 URLs; only the first 2 were read (raise the cap with --max-items)");
  }

  @Test
  void read_sitemapWithAnExternalEntity_isRefusedWithoutResolvingIt(@TempDir Path dir)
      throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-MARKER");
    site.page(
        "/xxe.xml",
        "application/xml",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [ <!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\"> ]>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
            + site.base()
            + "/&xxe;</loc></url></urlset>");

    List<Fetched> events = List.of();
    try {
      events = readAll(Sources.open(site.url("/xxe.xml"), options));
    } catch (InputException e) {
      assertThat(e).hasMessageNotContaining("TOP-SECRET-MARKER").hasMessageContaining("DOCTYPE");
    }

    assertThat(events).isEmpty();
    assertThat(site.paths()).allSatisfy(p -> assertThat(p).doesNotContain("TOP-SECRET"));
  }

  @Test
  void read_sitemapNamedButAPage_failsNamingIt() {
    site.html("/page", article("Not a sitemap", "Just a page."));
    String url = site.url("/page");

    assertThatThrownBy(() -> readAll(Sources.open("sitemap:" + url, options)))
        .isInstanceOf(InputException.class)
        .hasMessage(
            url
                + ": not a sitemap (its root element is <html>, not <urlset> or <sitemapindex>); check the URL");
  }
}
