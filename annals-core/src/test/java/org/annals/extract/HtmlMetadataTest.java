package org.annals.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.annals.model.Warning;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Metadata of small hand-written pages: precedence, sanity checks, cleaning, hostile input. */
class HtmlMetadataTest {
  private static final String URL = "https://news.example.org/world/story-123";

  private static Draft read(String html) {
    return read(html, URL);
  }

  private static Draft read(String html, String url) {
    Draft d = new Draft("test.html", List.of());
    HtmlMetadata.read(Jsoup.parse(html, url), url, d);
    return d;
  }

  @Test
  void read_jsonLdArticle_winsOverOpenGraphAndMeta() {
    Draft d =
        read(
            """
        <html lang="en-GB"><head>
        <title>Old title | Example News</title>
        <meta property="og:title" content="Open Graph title">
        <meta property="article:published_time" content="2024-0701T00:00:00Z">
        <meta name="author" content="Meta Author">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"Person","@id":"#p1","name":"Jane Doe"},
          {"@type":"NewsArticle","headline":"River levels fall after storm",
           "author":[{"@id":"#p1"},{"@type":"Person","name":"John Smith"}],
           "publisher":{"@type":"NewsMediaOrganization","name":"Example News"},
           "datePublished":"2024-07-04T08:46:00+03:00","dateModified":"2024-07-04T09:50:00+03:00",
           "articleSection":"World"}]}
        </script></head>
        <body><h1>River levels fall after storm</h1><p>Text.</p></body></html>
        """);
    assertThat(d.headline).isEqualTo("River levels fall after storm");
    assertThat(d.authors).containsExactly("Jane Doe", "John Smith");
    assertThat(d.published.iso()).isEqualTo("2024-07-04T08:46:00+03:00");
    assertThat(d.modified.iso()).isEqualTo("2024-07-04T09:50:00+03:00");
    assertThat(d.publisher).isEqualTo("Example News");
    assertThat(d.section).isEqualTo("World");
    assertThat(d.language).isEqualTo("en-GB");
  }

  @Test
  void read_openGraphOnly_givesDatesAuthorAndSiteName() {
    Draft d =
        read(
            """
        <html><head><title>Bridge reopens - Example Daily</title>
        <meta property="og:site_name" content="Example Daily">
        <meta property="article:published_time" content="2023-12-20T15:06:36Z">
        <meta property="article:modified_time" content="2023-12-21T10:00:00Z">
        <meta name="author" content="By Ann Lee, Staff Writer">
        <meta property="og:locale" content="de_DE">
        </head><body><p>Text.</p></body></html>
        """);
    assertThat(d.headline).isEqualTo("Bridge reopens");
    assertThat(d.authors).containsExactly("Ann Lee");
    assertThat(d.published.iso()).isEqualTo("2023-12-20T15:06:36Z");
    assertThat(d.published.offset()).isEqualTo(ZoneOffset.UTC);
    assertThat(d.modified.date()).isEqualTo(LocalDate.of(2023, 12, 21));
    assertThat(d.language).isEqualTo("de-DE");
  }

  @Test
  void read_lineOpeningWithLowercaseBy_isNotTakenForTheByline() {
    Draft d =
        read(
            """
        <html lang="en"><body>
        <article><h1>Bridge reopens</h1>
        <p>by the end of the day the queue reached the river</p>
        <p>By Erika Example</p>
        <p>The bridge reopened on Thursday after two years of repairs, the city said.</p>
        </article>
        </body></html>
        """);
    assertThat(d.authors).containsExactly("Erika Example");
  }

  @Test
  void read_noMetadata_takesBylineAndLabelledDateNearTheHeadline() {
    Draft d =
        read(
            """
        <html lang="de"><body>
        <nav><a href="/">Start</a> 01.01.2020</nav>
        <article><h1>Neue Brücke eröffnet</h1>
        <div class="meta"><span>Von Erika Mustermann</span> · Veröffentlicht am 4. Juli 2024, 10:30 Uhr
        · Stand: 5. Juli 2024</div>
        <p>Die Brücke wurde am Donnerstag eröffnet. Die nächste Sitzung ist am 12. September 2024.</p>
        </article>
        <div class="comments"><p>Max, 6. Juli 2024: Toll!</p></div>
        </body></html>
        """);
    assertThat(d.headline).isEqualTo("Neue Brücke eröffnet");
    assertThat(d.authors).containsExactly("Erika Mustermann");
    assertThat(d.published.iso()).isEqualTo("2024-07-04T10:30");
    assertThat(d.published.zoneKnown()).isFalse();
    assertThat(d.modified.date()).isEqualTo(LocalDate.of(2024, 7, 5));
  }

  @Test
  void read_onlyAModificationIsShown_givesNoPublicationDate() {
    Draft d =
        read(
            "<html><body><h1>Opening hours change</h1><p>Updated: March 3, 2021</p><p>Text.</p></body></html>");
    assertThat(d.published).isNull();
    assertThat(d.modified.date()).isEqualTo(LocalDate.of(2021, 3, 3));
  }

  @Test
  void read_timeElementNearHeadline_givesTheDate() {
    Draft d =
        read(
            """
        <html lang="en"><body><header><h1>Council approves budget</h1>
        <time datetime="2022-01-25T08:00:00+01:00" class="published">Jan 25</time></header>
        <p>The council met on 3/4/2021 to discuss it.</p>
        <aside class="sidebar"><time datetime="2023-05-05">May 5</time></aside></body></html>
        """);
    assertThat(d.published.iso()).isEqualTo("2022-01-25T08:00:00+01:00");
  }

  @Test
  void read_dateOnlyInUrl_isUsedLast() {
    Draft d =
        read(
            "<html><body><h1>Market report</h1><p>Text without dates.</p></body></html>",
            "https://example.org/2019/10/16/market-report.html");
    assertThat(d.published.iso()).isEqualTo("2019-10-16");
  }

  @Test
  void read_utcStampOfALocalEvening_givesTheDayTheUrlNames() {
    Draft d =
        read(
            """
        <html><head><meta property="article:published_time" content="2020-02-18T02:18:11Z"></head>
        <body><h1>Singer recovers</h1></body></html>
        """,
            "https://example.com/2020/02/17/singer-recovers/");
    assertThat(d.published.date()).isEqualTo(LocalDate.of(2020, 2, 17));
  }

  @Test
  void read_stampWithItsOwnOffset_keepsItsDayAgainstTheUrl() {
    Draft d =
        read(
            """
        <html><head><meta property="article:published_time" content="2020-07-09T18:40:00-04:00"></head>
        <body><h1>Workers return</h1></body></html>
        """,
            "https://example.com/politics/workers-return/2020/07/08/abc_story.html");
    assertThat(d.published.iso()).isEqualTo("2020-07-09T18:40:00-04:00");
  }

  @Test
  void read_localTimeLabelledUtcInOneSource_givesTheEarlierDay() {
    Draft d =
        read(
            """
        <html><head><script type="application/ld+json">
        {"@type":"NewsArticle","headline":"Veteran recovers","datePublished":"2020-04-25T07:25:06Z"}
        </script><meta property="article:published_time" content="2020-04-24T21:25:06+00:00"></head>
        <body><h1>Veteran recovers</h1></body></html>
        """);
    assertThat(d.published.iso()).isEqualTo("2020-04-24T21:25:06Z");
  }

  @Test
  void read_utcStampOnTheHourLateAtNight_isTheNextLocalDay() {
    Draft d =
        read(
            """
        <html><head><meta property="article:published_time" content="2022-11-06T23:00:00Z"></head>
        <body><h1>Travel guide</h1></body></html>
        """);
    assertThat(d.published.iso()).isEqualTo("2022-11-07");
  }

  @Test
  void read_urlMonth_prefersTheSeenDateInThatMonth() {
    Draft d =
        read(
            """
        <html lang="de"><body><h1>Eine Interpretation</h1><p class="date">21.01.2015</p>
        <p>Text. Die Studie vom 15.10.2014 zeigte etwas.</p><p>Veröffentlicht: 15.10.2014</p></body></html>
        """,
            "https://example.org/artikel/2015/01/eine-interpretation/");
    assertThat(d.published.iso()).isEqualTo("2015-01-21");
  }

  @Test
  void read_bylineUnderAPhoto_isACreditNotTheAuthor() {
    Draft d =
        read(
            """
        <html><body><h1>Professor retires</h1>
        <div><img src="a.jpg" alt=""><div><span>The professor in 2010.</span><span>By Photo Grapher</span></div></div>
        <div><span>By <a href="/writer/1/">Pat Example</a>, Contributing Opinion Writer</span></div>
        <p>Text of the article.</p></body></html>
        """);
    assertThat(d.authors).containsExactly("Pat Example");
  }

  @Test
  void read_utcMorningStampAgainstAnEarlierUrlDay_keepsItsDay() {
    Draft d =
        read(
            """
        <html><head><meta property="article:published_time" content="2020-07-09T10:04:04Z"></head>
        <body><h1>Workers return</h1></body></html>
        """,
            "https://example.com/politics/workers-return/2020/07/08/abc_story.html");
    assertThat(d.published.iso()).isEqualTo("2020-07-09T10:04:04Z");
  }

  @Test
  void read_dateInAMetaListClassedAsNav_isStillRead() {
    Draft d =
        read(
            """
        <html><body><div class="post"><h1>Counteroffensive launched</h1>
        <ul class="nav meta"><li><a href="/time/2020-10-13">13 Oct 2020 18:29</a></li></ul>
        <p>Text.</p></div><ul class="nav"><li>1 Jan 2019</li></ul></body></html>
        """);
    assertThat(d.published.iso()).isEqualTo("2020-10-13T18:29");
  }

  @Test
  void read_implausibleDates_areIgnored() {
    Draft d =
        read(
            """
        <html><head><meta property="article:published_time" content="2150-01-01T00:00:00Z">
        <meta name="date" content="1970-01-01"></head>
        <body><h1>Time travel</h1><p>Posted on 12 May 2018</p></body></html>
        """);
    assertThat(d.published.iso()).isEqualTo("2018-05-12");
  }

  @Test
  void read_kickerSetApartInTheHeading_isDroppedWhenTheDeclaredTitleLacksIt() {
    Draft d =
        read(
            """
        <html><head><meta property="og:title" content="Why the river matters"></head>
        <body><h1><span class="kicker">Opinion</span> Why the river matters</h1></body></html>
        """);
    assertThat(d.headline).isEqualTo("Why the river matters");
  }

  @Test
  void read_colonInTheHeading_isKept() {
    Draft d =
        read(
            """
        <html><head><meta property="og:title" content="Former star keeps busy"></head>
        <body><h1>Colleges: Former star keeps busy</h1></body></html>
        """);
    assertThat(d.headline).isEqualTo("Colleges: Former star keeps busy");
  }

  @Test
  void read_logoHeading_isNotTheHeadline() {
    Draft d =
        read(
            """
        <html><head><title>Tax plan stalls in committee | Example Post</title>
        <meta property="og:site_name" content="Example Post"></head>
        <body><h1 class="site-logo">Example Post</h1><h2>Tax plan stalls in committee</h2></body></html>
        """);
    assertThat(d.headline).isEqualTo("Tax plan stalls in committee");
  }

  @Test
  void read_siteTitleHeadingOfATheme_isNotTheHeadlineEvenWithoutADeclaredSiteName() {
    Draft d =
        read(
            """
        <html><head><title>Talks to resume | Example Blog</title></head>
        <body><header id="masthead"><div class="site-branding"><h1 class="site-title">Example Blog</h1>
        </div></header><article><h2>Talks to resume</h2></article>
        </body></html>
        """,
            "https://www.northern-chronicle.test/2024/03/talks-to-resume/");
    assertThat(d.headline).isEqualTo("Talks to resume");
  }

  @Test
  void read_bylineInAMainColumnThatTheThemeCallsSidebar_isTheAuthor() {
    Draft d =
        read(
            """
        <html><head><title>Experts in the crisis</title></head><body>
        <div id="sidebar" class="site-content"><article><header><h1>Experts in the crisis</h1>
        <span class="author vcard"><a class="author url fn" rel="author" href="/author/jane-roe/">Jane Roe</a></span>
        </header><p>The text of the post.</p></article></div>
        <div id="secondary" class="sidebar"><span class="author">Someone Else</span></div>
        </body></html>
        """);
    assertThat(d.authors).containsExactly("Jane Roe");
  }

  @Test
  void read_hiddenAuthorLink_isNotAByline() {
    Draft d =
        read(
            """
        <html><head><title>Experts in the crisis</title></head><body>
        <article><h1>Experts in the crisis</h1><p>The text of the post.</p>
        <a href="https://profiles.example.org/123" rel="author" style="display:none;">Jane Roe</a>
        </article></body></html>
        """);
    assertThat(d.authors).isEmpty();
  }

  @Test
  void read_canonicalLink_givesTheUrl() {
    Draft d =
        read(
            "<html><head><link rel=canonical href=\"/world/story-123?ref=a\"></head><body></body></html>",
            "https://news.example.org/amp/story");
    assertThat(d.url).isEqualTo("https://news.example.org/world/story-123?ref=a");
  }

  @Test
  void read_malformedJsonLd_warnsAndStillReadsItsDate() {
    Draft d =
        read(
            """
        <html><head><script type="application/ld+json">
        {"@type":"NewsArticle","headline":"Broken "quote","datePublished":"2021-05-06T07:08:09Z"}
        </script></head><body><h1>Something</h1></body></html>
        """);
    assertThat(d.published.iso()).isEqualTo("2021-05-06T07:08:09Z");
    Draft built = d;
    assertThat(built.build().warnings()).extracting(Warning::code).contains("bad-json-ld");
  }

  @Test
  void read_deeplyNestedJsonLd_doesNotThrow() {
    String json = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatCode(
            () ->
                read(
                    "<html><head><script type=\"application/ld+json\">"
                        + json
                        + "</script></head><body><h1>Deep</h1></body></html>"))
        .doesNotThrowAnyException();
  }

  @Test
  void read_deeplyNestedMarkup_doesNotThrowAndStaysFast() {
    String html =
        "<html><body><h1>Nested</h1>"
            + "<div>".repeat(100_000)
            + "4 July 2024"
            + "</div>".repeat(100_000)
            + "</body></html>";
    long start = System.nanoTime();
    assertThatCode(() -> read(html)).doesNotThrowAnyException();
    assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
  }

  @Test
  void read_giganticAttributesAndTitles_doNotThrow() {
    String big = "x".repeat(3_000_000);
    Draft d =
        read(
            "<html><head><meta name=\"author\" content=\""
                + big
                + "\"><title>"
                + big
                + "</title><meta property=\"article:published_time\" content=\""
                + big
                + "\"></head><body><h1 class=\""
                + big
                + "\">Short headline here</h1></body></html>");
    assertThat(d.headline).isEqualTo("Short headline here");
    assertThat(d.authors).isEmpty();
  }
}
