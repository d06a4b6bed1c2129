package org.annals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.cli.Main;
import org.annals.server.AnnalsServer;
import org.annals.server.ServerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The web UI in Debian's headless Chromium against the real server on port 0, over a store holding
 * the team's examples and one article of our own whose headline, publisher, section and text carry
 * script payloads. Every test ends with a quiet browser console (no CSP violation, no error).
 */
class WebUiTest {
  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
  private static final String PORTUGAL = "Portugal and Morocco pledge to deepen port";

  /** Our own page: every field a reader sees carries markup that would run if it were parsed. */
  private static final String PAYLOAD_PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <title>&lt;img src=x onerror=window.__pwned=1&gt; Ministers meet</title>
      <meta property="og:title" content="&lt;script&gt;window.__pwned=2&lt;/script&gt;Ministers of Chile and Peru meet in Lima">
      <meta property="og:site_name" content="&lt;img src=x onerror=window.__pwned=3&gt;Payload Post">
      <meta property="article:section" content="&lt;b onmouseover=window.__pwned=4&gt;World">
      <meta property="article:published_time" content="2025-04-02T10:00:00+00:00">
      </head><body><article>
      <h1>&lt;script&gt;window.__pwned=2&lt;/script&gt;Ministers of Chile and Peru meet in Lima</h1>
      <p>Chile and Peru signed an agreement in Lima on Tuesday to share &lt;img src=x onerror=window.__pwned=5&gt; border data, officials said, after talks that lasted two days.</p>
      <p>"We will not let &lt;script&gt;window.__pwned=6&lt;/script&gt; stand between us," the Chilean foreign minister said, adding that Peru had agreed to host the next round of talks in the spring.</p>
      <p>The two governments condemned the smuggling of goods across the Atacama border region, and Peru pledged to send more customs officers there this year.</p>
      </article></body></html>
      """;

  @TempDir static Path tmp;
  private static AnnalsServer server;
  private static Browser browser;

  @BeforeAll
  static void serveExamplesAndPayload() throws Exception {
    Browser.requireChromium();
    Path payload = Files.createDirectories(tmp.resolve("payload"));
    Files.writeString(payload.resolve("payload.html"), PAYLOAD_PAGE, StandardCharsets.UTF_8);
    Path store = tmp.resolve("store");
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {
              "ingest", EXAMPLES.toString(), payload.toString(), "--store", store.toString(), "-q"
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    server = AnnalsServer.start(ServerOptions.onAnyPort(store));
    browser = Browser.open(server.url() + "/");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void consoleStaysQuiet() {
    browser.assertQuietConsole();
  }

  @Test
  void search_facetAndWords_narrowTheResults() throws Exception {
    browser.go("#/search");
    int all = browser.all(".hit").size();
    assertThat(browser.find(".total").getText()).startsWith("9 articles");
    browser.follow(facet("publisher", "Meridian News Agency"), "search");
    assertThat(browser.find(".total").getText()).startsWith("1 article");
    assertThat(browser.find(".hit h3").getText()).startsWith(PORTUGAL);
    assertThat(browser.find(".chips").getText()).contains("publisher: Meridian News Agency");

    browser.go("#/search");
    browser.find("input[name='q']").sendKeys("border");
    browser.submit(browser.find("form.filters"), "search");
    List<WebElement> hits = browser.all(".hit");
    assertThat(hits).isNotEmpty().hasSizeLessThan(all);
    assertThat(browser.all(".hit .snippet mark"))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.getText()).containsIgnoringCase("border"));
    browser.screenshot("search");
  }

  @Test
  void reader_sampleArticle_highlightsMentionsTimesAndQuotes() throws Exception {
    openPortugal();
    assertThat(browser.all(".article-text .seg.m[data-type='PERSON']")).isNotEmpty();
    assertThat(browser.all(".article-text .seg.m[data-type='GPE']")).isNotEmpty();
    assertThat(browser.all(".article-text .seg.m[data-type='NORP']")).isNotEmpty();
    WebElement karim =
        browser.all(".article-text .seg.m[data-type='PERSON']").stream()
            .filter(e -> e.getText().equals("Karim Benslimane"))
            .findFirst()
            .orElseThrow();
    assertThat(karim.getAttribute("title")).contains("Karim Benslimane", "MARGOV");
    assertThat(texts(".article-text .badge.tval")).contains("2025-03-12");
    assertThat(texts(".article-text .badge.qsp")).contains("— Duarte Vasconcelos");
    assertThat(texts(".quotes .speaker")).contains("Duarte Vasconcelos", "Karim Benslimane");
    assertThat(browser.all(".events-beside button.event")).isNotEmpty();
  }

  @Test
  void reader_clickAnEvent_highlightsItsEvidenceAndScrollsThere() throws Exception {
    openPortugal();
    WebElement consult =
        browser.all("button.event").stream()
            .filter(b -> b.getText().contains("Consult (040)"))
            .findFirst()
            .orElseThrow();
    consult.click();
    assertThat(consult.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(joined(".article-text .seg.ev-source")).isEqualTo("Duarte Vasconcelos");
    assertThat(joined(".article-text .seg.ev-target")).isEqualTo("Karim Benslimane");
    assertThat(joined(".article-text .seg.ev-action")).isNotBlank();
    browser.screenshot("reader-event");

    List<WebElement> events = browser.all("button.event");
    WebElement last = events.get(events.size() - 1);
    last.click();
    assertThat(browser.all("button.event[aria-pressed='true']")).containsExactly(last);
    WebElement action = browser.find(".article-text .seg.ev-action");
    browser
        .waiting()
        .until(
            d ->
                (Boolean)
                    browser.js(
                        "const r = arguments[0].getBoundingClientRect();"
                            + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                        action));
  }

  @Test
  void events_filterByDyad_narrowsTheTableAndTheExports() throws Exception {
    browser.go("#/events");
    int all = browser.all(".events-table tbody tr").size();
    browser.find("input[name='dyad']").sendKeys("PRT-MAR");
    browser.submit(browser.find("form.filters"), "events");
    List<WebElement> rows = browser.all(".events-table tbody tr");
    assertThat(rows).isNotEmpty().hasSizeLessThan(all);
    for (WebElement row : rows) {
      List<String> sides =
          row.findElements(By.cssSelector("td code")).stream()
              .map(c -> c.getText().substring(0, 3))
              .sorted()
              .toList();
      assertThat(sides).as("dyad PRT-MAR in either direction").containsExactly("MAR", "PRT");
    }
    for (String format : List.of("csv", "gdelt", "jsonl")) {
      assertThat(browser.find("a[data-format='" + format + "']").getAttribute("href"))
          .contains("api/events?", "dyad=PRT-MAR", "format=" + format);
    }
    browser.screenshot("events");
    WebElement link = rows.get(0).findElement(By.cssSelector("ul.mentions a"));
    browser.follow(link, "article");
    assertThat(browser.all("button.event[aria-pressed='true']")).hasSize(1);
    assertThat(browser.all(".article-text .seg.ev-source")).isNotEmpty();
  }

  @Test
  void timeline_rendersAndAClickListsThatPeriodsEvents() throws Exception {
    browser.go("#/timeline?interval=month");
    int points = Integer.parseInt(browser.find("#view .page").getAttribute("data-points"));
    assertThat(points).isPositive();
    WebElement canvas = browser.find("#timeline-chart canvas");
    assertThat(canvas.getSize().getHeight()).isPositive();
    int busy = firstPeriodWithEvents();
    int width = canvas.getSize().getWidth();
    int height = canvas.getSize().getHeight();
    double left = 56;
    double right = 64;
    double x = left + (busy + 0.5) * (width - left - right) / points;
    new Actions(browser.driver())
        .moveToElement(canvas, (int) Math.round(x - width / 2.0), 0)
        .click()
        .perform();
    browser.waiting().until(d -> !browser.all(".period-events[data-period] tbody tr").isEmpty());
    browser.screenshot("timeline");
  }

  @Test
  void networkAndMap_render() throws Exception {
    browser.go("#/network");
    assertThat(Integer.parseInt(browser.find("#view .page").getAttribute("data-nodes")))
        .isPositive();
    assertThat(browser.all("#network-chart canvas")).isNotEmpty();
    browser.screenshot("network");
    browser.go("#/map");
    assertThat(Integer.parseInt(browser.find("#view .page").getAttribute("data-places")))
        .isPositive();
    assertThat(browser.all("#map-chart canvas")).isNotEmpty();
    browser.screenshot("map");
  }

  @Test
  void payloadArticle_staysInertEverywhere() throws Exception {
    browser.go("#/search?q=ministers");
    WebElement hit =
        browser.all(".hit").stream()
            .filter(h -> h.getText().contains("Payload Post"))
            .findFirst()
            .orElseThrow();
    assertThat(hit.getText())
        .contains("<script>window.__pwned=2</script>Ministers of Chile and Peru")
        .contains("<img src=x onerror=window.__pwned=3>Payload Post");
    assertThat(texts(".facet-value")).contains("<b onmouseover=window.__pwned=4>World");
    new Actions(browser.driver()).moveToElement(hit).perform();
    assertInert();
    browser.follow(hit.findElement(By.cssSelector("h3 a")), "article");
    assertThat(browser.find(".article-head h1").getText())
        .isEqualTo("<script>window.__pwned=2</script>Ministers of Chile and Peru meet in Lima");
    assertThat(browser.find(".article-text").getText())
        .contains("<img src=x onerror=window.__pwned=5>", "<script>window.__pwned=6</script>");
    for (WebElement event : browser.all("button.event")) {
      event.click();
    }
    assertInert();
    browser.go("#/events?actor=PER");
    assertThat(browser.find(".events-table").getText()).contains("Payload Post");
    assertInert();
    browser.screenshot("payload");
  }

  @Test
  void unknownArticle_showsTheServersMessage() {
    browser.go("#/article/0000000000000000");
    assertThat(browser.find(".notice.error").getText())
        .isEqualTo("no article with id '0000000000000000' is stored");
    assertThat(browser.consoleErrors())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e).containsAnyOf("404", "no article with id"));
  }

  @Test
  void renderText_nestedMentionsAndATime_becomeFlatSegmentsWithEveryLayer() {
    browser.go("#/search");
    Object result =
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('./js/spans.js').then((m) => {"
                    + "  const ann = {"
                    + "    mentions: ["
                    + "      {text: 'the Russian president', start: 0, end: 21, type: 'PERSON',"
                    + "       form: 'nominal', entity: 'e1'},"
                    + "      {text: 'Russian', start: 4, end: 11, type: 'NORP', form: 'name',"
                    + "       entity: null}],"
                    + "    entities: [{id: 'e1', name: 'Vladimir Putin', type: 'PERSON',"
                    + "       actor: 'RUSGOV', role: 'President of Russia', country: 'RUS'}],"
                    + "    times: [{text: 'Monday', start: 29, end: 35, type: 'DATE',"
                    + "       value: '2024-07-01'}],"
                    + "    quotes: [], places: [], events: [], sentences: []};"
                    + "  const r = m.renderText(['the Russian president met on Monday.', 'Next.'],"
                    + "    ann);"
                    + "  done(r.segments.map((s) => `${s.start}-${s.end} ${s.el.className}`)"
                    + "    .concat(r.paragraphs.map((p) => p.textContent),"
                    + "      [r.segments[1].el.title]));"
                    + "}).catch((e) => done(String(e)));");
    assertThat(result).as("the script's answer").isInstanceOf(List.class);
    assertThat(((List<?>) result).stream().map(String::valueOf).toList())
        .containsExactly(
            "0-4 seg m m-person m-nominal",
            "4-11 seg m m-norp m-name m-nested",
            "11-21 seg m m-person m-nominal",
            "21-29 seg",
            "29-35 seg tx",
            "35-36 seg",
            "38-43 seg",
            "the Russian president met on Monday2024-07-01.",
            "Next.",
            "NORP name: not resolved\nPERSON nominal: Vladimir Putin · RUSGOV · President of"
                + " Russia");
  }

  private void assertInert() {
    assertThat(browser.js("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(browser.all("#view img, #view script, #view b")).isEmpty();
  }

  private void openPortugal() {
    browser.go("#/search?publisher=Meridian%20News%20Agency");
    browser.follow(browser.find(".hit h3 a"), "article");
    assertThat(browser.find(".article-head h1").getText()).startsWith(PORTUGAL);
  }

  private WebElement facet(String facet, String value) {
    return browser.all("[data-facet='" + facet + "'] a").stream()
        .filter(a -> a.getText().startsWith(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no facet value " + value + " in " + facet));
  }

  private int firstPeriodWithEvents() {
    List<WebElement> rows = browser.all(".data-table tbody tr");
    for (int i = 0; i < rows.size(); i++) {
      String events =
          rows.get(i).findElements(By.cssSelector("td")).get(1).getAttribute("textContent");
      if (Integer.parseInt(events.trim()) > 0) {
        return i;
      }
    }
    throw new AssertionError("no period with events");
  }

  private List<String> texts(String css) {
    return browser.all(css).stream().map(e -> e.getAttribute("textContent")).toList();
  }

  private String joined(String css) {
    return String.join("", texts(css));
  }
}
