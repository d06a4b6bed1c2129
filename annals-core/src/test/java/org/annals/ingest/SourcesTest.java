package org.annals.ingest;

import static org.annals.ingest.TestSite.article;
import static org.annals.ingest.TestSite.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * What {@link Sources#open} makes of a spec: folders, files of each kind, URLs, prefixes, mistakes.
 */
class SourcesTest {
  private static final String PAGE =
      article("Harbour reopens", "The harbour reopened on Monday after repairs.");

  @TempDir Path dir;

  private static Source open(String spec) throws InputException {
    return Sources.open(spec, SourceOptions.defaults());
  }

  // ------------------------------------------------------------------ folders

  @Test
  void open_folder_readsItsArticleFilesInSortedOrderWithRelativePositions() throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.html"), PAGE);
    Files.writeString(dir.resolve("a.txt"), "Harbour reopens\n\nThe harbour reopened.");
    Files.write(dir.resolve("c.html.gz"), TestSite.gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    Files.writeString(dir.resolve("style.css"), "body {}");
    Files.writeString(dir.resolve(".hidden.html"), PAGE);
    Source source = open(dir.toString());

    List<Fetched> events = readAll(source);

    assertThat(source.key()).isEqualTo("dir:" + dir.toAbsolutePath());
    assertThat(source.ordered()).isTrue();
    assertThat(events)
        .extracting(Fetched::position)
        .containsExactly("a.txt", "b/2.html", "c.html.gz");
    assertThat(events)
        .extracting(Fetched::itemId)
        .containsExactly(
            dir.resolve("a.txt").toString(),
            dir.resolve("b/2.html").toString(),
            dir.resolve("c.html.gz").toString());
    assertThat(
            new String(((Fetched.Document) events.get(2)).raw().content(), StandardCharsets.UTF_8))
        .isEqualTo(PAGE);
  }

  @Test
  void open_folderResumed_readsOnlyTheFilesAfterTheCheckpoint() throws Exception {
    for (String n : List.of("a.html", "b/1.html", "b/2.html", "c.html")) {
      Files.createDirectories(dir.resolve(n).getParent());
      Files.writeString(dir.resolve(n), PAGE);
    }

    List<Fetched> events = readAll(open(dir.toString()), new Resume("b/1.html", id -> false));

    assertThat(events).extracting(Fetched::position).containsExactly("b/2.html", "c.html");
  }

  @Test
  void open_folderWithAnUnreadableFile_failsThatFileAndReadsTheOthers() throws Exception {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Files.writeString(dir.resolve("b.html"), PAGE);
    Files.writeString(dir.resolve("c.html"), PAGE);
    Path locked = dir.resolve("b.html");
    Assumptions.assumeTrue(
        locked.toFile().setReadable(false) && !Files.isReadable(locked),
        "this user reads every file (root), so no file can be made unreadable");

    List<Fetched> events = readAll(open(dir.toString()));

    assertThat(events)
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("Document", "Failed", "Document");
    assertThat(((Fetched.Failed) events.get(1)).reason())
        .startsWith(locked + ": permission denied");
  }

  // ------------------------------------------------------------------ single files

  @Test
  void open_htmlFile_isOneArticleKeyedByItsPath() throws Exception {
    Path file = dir.resolve("page.html");
    Files.writeString(file, PAGE);
    Source source = open(file.toString());

    List<Fetched> events = readAll(source);

    assertThat(source.key()).isEqualTo("file:" + file.toAbsolutePath());
    assertThat(source.ordered()).isFalse();
    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            Fetched.Document.class,
            d -> {
              assertThat(d.itemId()).isEqualTo(file.toString());
              assertThat(d.raw().contentType()).isEqualTo("text/html");
            });
  }

  @Test
  void open_warcFileByItsName_isAWarcSource() throws Exception {
    Path file = dir.resolve("x.WARC.GZ");
    try (WarcFixture w = new WarcFixture(file, WarcCompression.GZIP)) {
      w.response("https://news.example/a", 200, "text/html", PAGE);
    }

    assertThat(open(file.toString()).key()).isEqualTo("warc:" + file.toAbsolutePath());
  }

  @Test
  void open_missingFile_failsNamingItAndWhatASourceIs() {
    String missing = dir.resolve("nope.html").toString();

    assertThatThrownBy(() -> open(missing))
        .isInstanceOf(InputException.class)
        .hasMessage(
            missing
                + ": no such file or directory; check the path (a source is a file, a folder or an http(s) URL)");
  }

  @Test
  void open_prefixOnAFolder_failsSayingToDropIt() {
    assertThatThrownBy(() -> open("feed:" + dir))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "feed:" + dir + ": 'feed:' names a file, but this is a folder; drop the prefix");
  }

  @Test
  void open_warcByUrl_failsSayingToDownloadItFirst() {
    assertThatThrownBy(() -> open("warc:https://data.example/crawl.warc.gz"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "warc:https://data.example/crawl.warc.gz: WARC files are read from disk; download it first,"
                + " then name the file");
  }

  @Test
  void open_standardInput_failsSayingToSaveItToAFile() {
    assertThatThrownBy(() -> open("-"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "-: standard input cannot be ingested (it has no position to resume from); save it to a file and name the file");
  }

  @Test
  void open_blank_failsSayingWhatToName() {
    assertThatThrownBy(() -> open(" "))
        .isInstanceOf(InputException.class)
        .hasMessage(" : an empty source; name a file, a folder or an http(s) URL");
  }

  // ------------------------------------------------------------------ URLs

  @Test
  void open_urlOfAnArticle_emitsThePageOnceKeyedByTheUrl() throws Exception {
    try (TestSite site = new TestSite()) {
      site.html("/story", PAGE);
      SourceOptions o =
          SourceOptions.defaults()
              .withFetch(FetchOptions.defaults().withAllowPrivate(true))
              .withHostDelay(Duration.ZERO);
      Source source = Sources.open(site.url("/story"), o);

      List<Fetched> events = readAll(source);

      assertThat(source.key()).isEqualTo("url:" + site.url("/story"));
      assertThat(events)
          .singleElement()
          .isInstanceOfSatisfying(
              Fetched.Document.class,
              d -> {
                assertThat(d.itemId()).isEqualTo(site.url("/story"));
                assertThat(d.position()).isNull();
                assertThat(new String(d.raw().content(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
              });
    }
  }

  @Test
  void open_urlThatIsAnImage_isSkippedAsNotAPage() throws Exception {
    try (TestSite site = new TestSite()) {
      site.on(
          "/logo.png",
          x -> TestSite.send(x, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
      SourceOptions o =
          SourceOptions.defaults()
              .withFetch(FetchOptions.defaults().withAllowPrivate(true))
              .withHostDelay(Duration.ZERO);
      String url = site.url("/logo.png");

      assertThat(readAll(Sources.open(url, o)))
          .singleElement()
          .isEqualTo(new Fetched.Skipped(url, null, url + ": not a page (image/png)"));
    }
  }

  // ------------------------------------------------------------------ telling kinds apart

  @Test
  void contentKind_rootElements_tellFeedsSitemapsAndPagesApart() {
    assertThat(kind("<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\"/>"))
        .isEqualTo(ContentKind.FEED);
    assertThat(kind("\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\"/>"))
        .isEqualTo(ContentKind.FEED);
    assertThat(kind("<rdf:RDF xmlns:rdf=\"x\"/>")).isEqualTo(ContentKind.FEED);
    assertThat(kind("<!DOCTYPE rss [<!ENTITY a \"]>\">]><rss/>")).isEqualTo(ContentKind.FEED);
    assertThat(kind("<urlset/>")).isEqualTo(ContentKind.SITEMAP);
    assertThat(kind("<sitemapindex/>")).isEqualTo(ContentKind.SITEMAP);
    assertThat(kind("<!DOCTYPE html><html><body><rss/></body></html>"))
        .isEqualTo(ContentKind.ARTICLE);
    assertThat(kind("Plain text with <rss> in it")).isEqualTo(ContentKind.ARTICLE);
    assertThat(kind("")).isEqualTo(ContentKind.ARTICLE);
  }

  private static ContentKind kind(String s) {
    return ContentKind.of(s.getBytes(StandardCharsets.UTF_8), null);
  }
}
