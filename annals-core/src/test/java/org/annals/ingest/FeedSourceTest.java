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
 * Feeds (RSS 0.91/1.0/2.0, Atom) read with ROME from a real local server; every page written for
 * these tests.
 */
class FeedSourceTest {
  private TestSite site;
  private SourceOptions options;

  @BeforeEach
  void start() throws IOException {
    site = new TestSite();
    options =
        SourceOptions.defaults()
            .withFetch(FetchOptions.defaults().withAllowPrivate(true))
            .withHostDelay(Duration.ZERO);
    site.html(
            "/news/harbour",
            article("Harbour reopens", "The harbour reopened on Monday after repairs."))
        .html(
            "/news/bridge", article("Bridge vote", "The council voted to rebuild the old bridge."));
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private Source open(String spec) throws InputException {
    return Sources.open(spec, options);
  }

  private String rss2(String items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n"
        + "<title>The Test Gazette</title><link>"
        + site.base()
        + "/</link><language>en-gb</language>\n"
        + "<description>Local news written for the tests</description>\n"
        + items
        + "</channel>\n</rss>\n";
  }

  private String item(String guid, String path, String title) {
    return "<item><title>"
        + title
        + "</title><link>"
        + site.url(path)
        + "</link>"
        + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>")
        + "<pubDate>Thu, 04 Jul 2024 08:46:00 +0300</pubDate><dc:creator>Ada Byline</dc:creator></item>\n";
  }

  // ------------------------------------------------------------------ RSS, Atom, RDF

  @Test
  void read_rss2Feed_fetchesEachItemWithTheFeedsHints() throws Exception {
    site.page(
        "/feed.xml",
        "application/rss+xml",
        rss2(
            item("g-1", "/news/harbour", "Harbour reopens")
                + item("g-2", "/news/bridge", "Bridge vote")));
    Source source = open(site.url("/feed.xml"));

    List<Fetched> events = readAll(source);

    assertThat(source.key()).isEqualTo("url:" + site.url("/feed.xml"));
    assertThat(source.ordered()).isFalse();
    assertThat(events).allSatisfy(e -> assertThat(e).isInstanceOf(Fetched.Document.class));
    assertThat(events).extracting(Fetched::itemId).containsExactly("g-1", "g-2");
    assertThat(events).extracting(Fetched::position).containsOnlyNulls();
    Fetched.Document first = (Fetched.Document) events.get(0);
    assertThat(first.raw().url()).isEqualTo(site.url("/news/harbour"));
    assertThat(new String(first.raw().content(), StandardCharsets.UTF_8))
        .contains("The harbour reopened");
    assertThat(first.hints())
        .isEqualTo(
            new FeedHints(
                "Harbour reopens",
                Timestamp.parse("2024-07-04T05:46:00Z"),
                List.of("Ada Byline"),
                "en-gb",
                "The Test Gazette"));
    assertThat(site.paths())
        .containsExactly("/robots.txt", "/feed.xml", "/news/harbour", "/news/bridge");
  }

  @Test
  void read_atomFeed_usesEntryIdsAndAuthors() throws Exception {
    site.page(
        "/atom.xml",
        "application/atom+xml",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">\n"
            + "<title>Le Journal d'Essai</title><id>urn:test:feed</id><updated>2024-07-04T10:00:00Z</updated>\n"
            + "<entry><title>Le port rouvre</title><id>urn:test:1</id>"
            + "<link rel=\"alternate\" href=\""
            + site.url("/news/harbour")
            + "\"/>"
            + "<published>2024-07-04T09:30:00+02:00</published><updated>2024-07-04T10:00:00Z</updated>"
            + "<author><name>Claire Plume</name></author><author><name>Marc Encre</name></author></entry>\n"
            + "</feed>\n");

    List<Fetched> events = readAll(open(site.url("/atom.xml")));

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            Fetched.Document.class,
            d -> {
              assertThat(d.itemId()).isEqualTo("urn:test:1");
              assertThat(d.hints().title()).isEqualTo("Le port rouvre");
              assertThat(d.hints().published()).isEqualTo(Timestamp.parse("2024-07-04T07:30:00Z"));
              assertThat(d.hints().authors()).containsExactly("Claire Plume", "Marc Encre");
              assertThat(d.hints().publisher()).isEqualTo("Le Journal d'Essai");
            });
  }

  @Test
  void read_rss1RdfFeed_readsItsItems() throws Exception {
    site.page(
        "/rdf",
        "application/rdf+xml",
        "<?xml version=\"1.0\"?>\n"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">\n"
            + "<channel rdf:about=\""
            + site.url("/rdf")
            + "\"><title>RDF Times</title><link>"
            + site.base()
            + "</link><description>d</description></channel>\n"
            + "<item rdf:about=\""
            + site.url("/news/bridge")
            + "\"><title>Bridge vote</title><link>"
            + site.url("/news/bridge")
            + "</link></item>\n</rdf:RDF>\n");

    List<Fetched> events = readAll(open(site.url("/rdf")));

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            Fetched.Document.class,
            d -> {
              assertThat(d.raw().url()).isEqualTo(site.url("/news/bridge"));
              assertThat(d.hints().publisher()).isEqualTo("RDF Times");
            });
  }

  @Test
  void read_rss091WithDoctype_readsWithoutFetchingTheDtd() throws Exception {
    site.page(
        "/rss091",
        "text/xml",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
            + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \""
            + site.url("/rss-0.91.dtd")
            + "\">\n<rss version=\"0.91\"><channel><title>Old Wire</title><link>"
            + site.base()
            + "</link><description>d</description><language>en</language>\n"
            + "<item><title>Harbour</title><link>"
            + site.url("/news/harbour")
            + "</link></item>\n"
            + "</channel></rss>\n");

    List<Fetched> events = readAll(open(site.url("/rss091")));

    assertThat(events).singleElement().isInstanceOf(Fetched.Document.class);
    assertThat(events.get(0).itemId()).isEqualTo(site.url("/news/harbour"));
    assertThat(site.paths()).doesNotContain("/rss-0.91.dtd");
  }

  @Test
  void read_relativeItemLink_isResolvedAgainstTheFeedUrl() throws Exception {
    site.page(
        "/feeds/rel.xml",
        "application/rss+xml",
        rss2("<item><title>t</title><link>../news/bridge</link></item>\n"));

    List<Fetched> events = readAll(open(site.url("/feeds/rel.xml")));

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            Fetched.Document.class,
            d -> assertThat(d.raw().url()).isEqualTo(site.url("/news/bridge")));
  }

  @Test
  void read_localFeedFile_fetchesItsItemsAndKeysByThePath(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("gazette.rss");
    Files.writeString(feed, rss2(item("g-1", "/news/harbour", "Harbour reopens")));
    Source source = open(feed.toString());

    List<Fetched> events = readAll(source);

    assertThat(source.key()).isEqualTo("file:" + feed.toAbsolutePath());
    assertThat(events).singleElement().isInstanceOf(Fetched.Document.class);
  }

  // ------------------------------------------------------------------ resuming, bad items

  @Test
  void read_itemsSeenInAnEarlierRun_areSkippedWithoutAFetch() throws Exception {
    site.page(
        "/feed.xml",
        "application/rss+xml",
        rss2(
            item("g-1", "/news/harbour", "Harbour reopens")
                + item("g-2", "/news/bridge", "Bridge vote")));

    List<Fetched> events =
        readAll(open(site.url("/feed.xml")), new Resume(null, Set.of("g-1")::contains));

    assertThat(events.get(0))
        .isEqualTo(new Fetched.Skipped("g-1", null, "already ingested in an earlier run"));
    assertThat(events.get(1)).isInstanceOf(Fetched.Document.class);
    assertThat(site.paths()).doesNotContain("/news/harbour");
  }

  @Test
  void read_itemWithoutGuid_isKnownByItsLink() throws Exception {
    site.page("/feed.xml", "application/rss+xml", rss2(item(null, "/news/bridge", "Bridge vote")));

    assertThat(readAll(open(site.url("/feed.xml"))))
        .extracting(Fetched::itemId)
        .containsExactly(site.url("/news/bridge"));
  }

  @Test
  void read_oneItemFails_theOthersAreStillRead() throws Exception {
    site.page(
        "/feed.xml",
        "application/rss+xml",
        rss2(
            item("g-0", "/news/gone", "Gone")
                + item("g-2", "/news/bridge", "Bridge vote")
                + "<item><title>No link at all</title></item>\n"));

    List<Fetched> events = readAll(open(site.url("/feed.xml")));

    assertThat(events).hasSize(3);
    assertThat(events.get(0))
        .isEqualTo(
            new Fetched.Failed(
                "g-0",
                null,
                site.url("/news/gone")
                    + ": HTTP 404 from "
                    + site.url("/news/gone")
                    + "; the page is gone, check the URL"));
    assertThat(events.get(1)).isInstanceOf(Fetched.Document.class);
    assertThat(events.get(2))
        .isInstanceOfSatisfying(
            Fetched.Failed.class,
            f ->
                assertThat(f.reason())
                    .isEqualTo(
                        site.url("/feed.xml")
                            + ": item 3 has neither a link nor a GUID; nothing to fetch (the feed is faulty)"));
  }

  @Test
  void read_itemThatIsNotAPage_isSkipped() throws Exception {
    site.on("/podcast.mp3", x -> TestSite.send(x, 200, "audio/mpeg", new byte[] {1, 2, 3}));
    site.page("/feed.xml", "application/rss+xml", rss2(item("p-1", "/podcast.mp3", "Episode one")));

    assertThat(readAll(open(site.url("/feed.xml"))))
        .singleElement()
        .isEqualTo(
            new Fetched.Skipped(
                "p-1", null, site.url("/podcast.mp3") + ": not a page (audio/mpeg)"));
  }

  // ------------------------------------------------------------------ malformed and hostile feeds

  @Test
  void read_malformedFeed_failsNamingTheFeedAndTheLine() {
    site.page(
        "/broken.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n"
            + "<title>Broken</title>\n<item><title>Fish <and> chips</title></item>\n</channel></rss>\n");
    String url = site.url("/broken.xml");

    assertThatThrownBy(() -> readAll(open(url)))
        .isInstanceOf(InputException.class)
        .hasMessage(
            url
                + ": malformed feed at line 4: The element type \"and\" must be terminated by the matching"
                + " end-tag \"</and>\"; the feed is not well-formed XML; tell its publisher, or ingest its pages by URL");
  }

  @Test
  void read_rssWithoutChannel_failsNamingTheFeed() {
    // ROME's RSS parser throws a NullPointerException on it (wrapped here, bare on the partial
    // document of a feed cut at the item cap: fuzz findings finding-rss-without-channel-*)
    site.page(
        "/empty.xml", "application/rss+xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"/>\n");
    String url = site.url("/empty.xml");

    assertThatThrownBy(() -> readAll(open(url)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(url + ": cannot read the feed: ")
        .hasMessageContaining("<rss> without <channel>");
  }

  @Test
  void read_pageNamedAsAFeed_failsSayingItIsNotAFeed() {
    site.html("/page", article("Not a feed", "Just a page."));
    String url = site.url("/page");

    assertThatThrownBy(() -> readAll(open("feed:" + url)))
        .isInstanceOf(InputException.class)
        .hasMessage(url + ": not an RSS or Atom feed (its root element is <html>); check the URL");
  }

  @Test
  void read_externalEntityToALocalFile_isNeverResolved(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-MARKER");
    site.page(
        "/xxe.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\"> ]>\n"
            + "<rss version=\"2.0\"><channel><title>&xxe;</title><link>"
            + site.base()
            + "</link><description>d"
            + "</description><item><title>&xxe;</title><link>"
            + site.url("/news/harbour")
            + "</link></item>"
            + "</channel></rss>\n");

    Throwable thrown = null;
    List<Fetched> events = List.of();
    try {
      events = readAll(open(site.url("/xxe.xml")));
    } catch (InputException e) {
      thrown = e;
    }

    assertThat(thrown)
        .isNotNull()
        .hasMessageNotContaining("TOP-SECRET-MARKER")
        .hasMessageContaining(
            "malformed feed at line 3: The entity \"xxe\" was referenced, but not declared");
    assertThat(events).isEmpty();
  }

  @Test
  void read_externalEntitiesOverHttp_areNeverFetched() {
    site.page(
        "/xxe-http.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE rss [ <!ENTITY % remote SYSTEM \""
            + site.url("/param-entity")
            + "\"> %remote;"
            + " <!ENTITY xxe SYSTEM \""
            + site.url("/general-entity")
            + "\"> ]>\n"
            + "<rss version=\"2.0\"><channel><title>&xxe;</title><link>x</link><description>d</description>"
            + "</channel></rss>\n");

    assertThatThrownBy(() -> readAll(open(site.url("/xxe-http.xml"))))
        .isInstanceOf(InputException.class);
    assertThat(site.paths()).containsExactly("/robots.txt", "/xxe-http.xml");
  }

  @Test
  void read_billionLaughs_failsFastWithoutExpandingAnything() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [ <!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    site.page(
        "/lol.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?>\n"
            + dtd
            + "]>\n"
            + "<rss version=\"2.0\"><channel><title>&lol9;</title><link>x</link><description>d</description>"
            + "</channel></rss>\n");
    long start = System.nanoTime();

    assertThatThrownBy(() -> readAll(open(site.url("/lol.xml"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("lol9");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void read_feedWithAHugeNumberOfItems_stopsAtTheItemCap() throws Exception {
    int served = 300_000; // about 20 MB: more than the byte cap too
    StringBuilder items = new StringBuilder(served * 70);
    for (int i = 0; i < served; i++) {
      items
          .append("<item><title>n")
          .append(i)
          .append("</title><link>")
          .append(site.base())
          .append("/item/")
          .append(i)
          .append("</link></item>\n");
    }
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /item/\n");
    site.page("/huge.xml", "application/rss+xml", rss2(items.toString()));
    long start = System.nanoTime();

    List<Fetched> events = readAll(Sources.open(site.url("/huge.xml"), options.withMaxItems(100)));

    assertThat(events).hasSize(101);
    assertThat(events.subList(0, 100))
        .allSatisfy(e -> assertThat(e).isInstanceOf(Fetched.Skipped.class));
    assertThat(events.get(100))
        .isEqualTo(
            new Fetched.Skipped(
                site.url("/huge.xml") + "#over-cap",
                null,
                site.url("/huge.xml")
                    + ": the feed has more than 100 items; only the first 100 were read"
                    + " (raise the cap with --max-items)"));
    assertThat(site.paths()).containsExactly("/robots.txt", "/huge.xml");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void read_feedCutAtTheByteCap_keepsTheItemsBeforeTheCut() throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      items
          .append("<item><title>n")
          .append(i)
          .append("</title><link>")
          .append(site.base())
          .append("/item/")
          .append(i)
          .append("</link></item>\n");
    }
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /item/\n");
    site.page("/long.xml", "application/rss+xml", rss2(items.toString()));
    SourceOptions small = options.withFetch(options.fetch().withMaxBytes(50_000));

    List<Fetched> events = readAll(Sources.open(site.url("/long.xml"), small));

    Fetched last = events.get(events.size() - 1);
    assertThat(last.itemId()).isEqualTo(site.url("/long.xml") + "#cut");
    assertThat(((Fetched.Skipped) last).reason())
        .contains("larger than the byte cap")
        .contains("--max-bytes");
    assertThat(events.size() - 1).isBetween(500, 1000);
  }
}
