package org.annals.ingest;

import static org.annals.ingest.TestSite.article;
import static org.annals.ingest.TestSite.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.WarcCompression;

/** WARC and WARC.gz files written by the tests with jwarc, read back as events. */
class WarcSourceTest {
  private static final String PAGE_1 =
      article("Harbour reopens", "The harbour reopened on Monday after repairs.");
  private static final String PAGE_2 =
      article("Bridge vote", "The council voted to rebuild the old bridge.");
  private static final String PAGE_3 =
      article("Rail strike", "Rail workers walked out for a second day.");

  @TempDir Path dir;

  private static String name(WarcCompression c) {
    return c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
  }

  private static SourceOptions options() {
    return SourceOptions.defaults();
  }

  private static String text(Fetched e) {
    return new String(((Fetched.Document) e).raw().content(), StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ what becomes a document

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void read_mixedRecords_emitsHtmlPagesAndSkipsEverythingElse(WarcCompression compression)
      throws Exception {
    Path file = dir.resolve(name(compression));
    List<Long> at;
    try (WarcFixture w = new WarcFixture(file, compression)) {
      w.warcinfo();
      w.request("https://news.example/harbour");
      w.response("https://news.example/harbour", 200, "text/html; charset=utf-8", PAGE_1);
      w.metadata("https://news.example/harbour");
      w.response(
          "https://news.example/logo.png",
          200,
          "image/png",
          new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      w.response(
          "https://news.example/old", 404, "text/html", "<html><body>not found</body></html>");
      w.revisit("https://news.example/harbour");
      w.resource("https://news.example/bridge", "text/html", PAGE_2);
      at = w.offsets();
    }
    Source source = Sources.open(file.toString(), options());

    List<Fetched> events = readAll(source);

    assertThat(source.key()).isEqualTo("warc:" + file.toAbsolutePath());
    assertThat(source.ordered()).isTrue();
    assertThat(events)
        .extracting(Fetched::position)
        .containsExactlyElementsOf(at.stream().map(String::valueOf).toList());
    assertThat(events)
        .extracting(Fetched::itemId)
        .containsExactlyElementsOf(at.stream().map(String::valueOf).toList());
    assertThat(events)
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly(
            "Skipped",
            "Skipped",
            "Document",
            "Skipped",
            "Skipped",
            "Skipped",
            "Skipped",
            "Document");
    assertThat(events)
        .filteredOn(e -> e instanceof Fetched.Skipped)
        .extracting(e -> ((Fetched.Skipped) e).reason())
        .containsExactly(
            "WARC warcinfo record, not a captured page",
            "WARC request record, not a captured page",
            "WARC metadata record, not a captured page",
            "not HTML (image/png)",
            "HTTP 404 response, not a page",
            "WARC revisit record, not a captured page");
    Fetched.Document page = (Fetched.Document) events.get(2);
    assertThat(page.raw().source()).isEqualTo(file.toAbsolutePath() + "#" + at.get(2));
    assertThat(page.raw().url()).isEqualTo("https://news.example/harbour");
    assertThat(page.raw().contentType())
        .isEqualTo("text/html;charset=utf-8"); // as jwarc's writer put it
    assertThat(text(page)).isEqualTo(PAGE_1);
    assertThat(page.hints()).isEqualTo(FeedHints.NONE);
    assertThat(text(events.get(7))).isEqualTo(PAGE_2);
  }

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void read_chunkedAndGzipEncodedPayload_isDecoded(WarcCompression compression) throws Exception {
    Path file = dir.resolve(name(compression));
    byte[] gz = TestSite.gzip(PAGE_3.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.write(
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    int half = gz.length / 2;
    chunk(http, gz, 0, half);
    chunk(http, gz, half, gz.length - half);
    http.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    try (WarcFixture w = new WarcFixture(file, compression)) {
      w.rawResponse("https://news.example/rail", http.toByteArray());
    }

    List<Fetched> events = readAll(Sources.open(file.toString(), options()));

    assertThat(events).singleElement().satisfies(e -> assertThat(text(e)).isEqualTo(PAGE_3));
  }

  private static void chunk(ByteArrayOutputStream out, byte[] b, int from, int n)
      throws IOException {
    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(b, from, n);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void read_gzipBombPayload_isCappedAfterDecompressionAndTheNextRecordRead() throws Exception {
    Path file = dir.resolve("bomb.warc.gz");
    byte[] bomb = PoliteFetcherTest.bomb(100);
    byte[] head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
            .getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.write(head);
    http.write((bomb.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    http.write(bomb);
    try (WarcFixture w = new WarcFixture(file, WarcCompression.GZIP)) {
      w.rawResponse("https://news.example/bomb", http.toByteArray());
      w.response("https://news.example/harbour", 200, "text/html", PAGE_1);
    }
    SourceOptions capped = options().withFetch(options().fetch().withMaxBytes(1_000_000));

    List<Fetched> events = readAll(Sources.open(file.toString(), capped));

    assertThat(events).hasSize(2);
    assertThat(((Fetched.Document) events.get(0)).raw().length()).isEqualTo(1_000_000);
    assertThat(((Fetched.Document) events.get(0)).raw().warnings())
        .extracting(Warning::code)
        .containsExactly("input-truncated");
    assertThat(text(events.get(1))).isEqualTo(PAGE_1);
  }

  @Test
  void read_recordTheCrawlerTruncated_carriesAWarning() throws Exception {
    Path file = dir.resolve("t.warc");
    try (WarcFixture w = new WarcFixture(file, WarcCompression.NONE)) {
      w.truncatedResponse("https://news.example/long", PAGE_1);
    }

    List<Fetched> events = readAll(Sources.open(file.toString(), options()));

    assertThat(((Fetched.Document) events.get(0)).raw().warnings())
        .extracting(Warning::code)
        .containsExactly("warc-record-truncated");
  }

  // ------------------------------------------------------------------ resuming

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void read_resumeAfterAnOffset_seeksThereWithoutReadingTheRecordsBefore(
      WarcCompression compression) throws Exception {
    Path file = dir.resolve(name(compression));
    List<Long> at;
    try (WarcFixture w = new WarcFixture(file, compression)) {
      w.warcinfo();
      w.response("https://news.example/harbour", 200, "text/html", PAGE_1);
      w.response("https://news.example/bridge", 200, "text/html", PAGE_2);
      w.response("https://news.example/rail", 200, "text/html", PAGE_3);
      at = w.offsets();
    }
    // damage the record before the checkpoint: reading it again would fail
    overwrite(file, at.get(1) + 20, at.get(2) - at.get(1) - 40);
    assertThatThrownBy(
            () ->
                readAll(Sources.open(file.toString(), options()))
                    .forEach(
                        e -> {
                          if (e instanceof Fetched.Failed f) {
                            throw new IllegalStateException(f.reason());
                          }
                        }))
        .isInstanceOf(IllegalStateException.class);

    List<Fetched> events =
        readAll(
            Sources.open(file.toString(), options()),
            new Resume(String.valueOf(at.get(2)), id -> false));

    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.position()).isEqualTo(String.valueOf(at.get(3)));
              assertThat(text(e)).isEqualTo(PAGE_3);
            });
  }

  @Test
  void read_resumeAfterTheLastRecord_emitsNothing() throws Exception {
    Path file = dir.resolve("done.warc.gz");
    long last;
    try (WarcFixture w = new WarcFixture(file, WarcCompression.GZIP)) {
      w.response("https://news.example/harbour", 200, "text/html", PAGE_1);
      last = w.response("https://news.example/bridge", 200, "text/html", PAGE_2);
    }

    assertThat(
            readAll(
                Sources.open(file.toString(), options()),
                new Resume(String.valueOf(last), id -> false)))
        .isEmpty();
  }

  @Test
  void read_resumeAtAnOffsetThatIsNoRecord_failsSayingTheFileChanged() throws Exception {
    Path file = dir.resolve("changed.warc");
    long second;
    try (WarcFixture w = new WarcFixture(file, WarcCompression.NONE)) {
      w.response("https://news.example/harbour", 200, "text/html", PAGE_1);
      second = w.response("https://news.example/bridge", 200, "text/html", PAGE_2);
    }
    String bad = String.valueOf(second + 7);

    assertThatThrownBy(
            () -> readAll(Sources.open(file.toString(), options()), new Resume(bad, id -> false)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file.toAbsolutePath() + ": cannot resume at byte " + bad + " (")
        .hasMessageEndingWith(
            "); the file changed since the last run: ingest it under another name, or into a fresh store");
  }

  // ------------------------------------------------------------------ damaged files

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void read_fileCutShort_keepsTheRecordsBeforeTheCutAndReportsIt(WarcCompression compression)
      throws Exception {
    Path file = dir.resolve(name(compression));
    List<Long> at;
    try (WarcFixture w = new WarcFixture(file, compression)) {
      w.response("https://news.example/harbour", 200, "text/html", PAGE_1);
      w.response("https://news.example/bridge", 200, "text/html", PAGE_2);
      w.response("https://news.example/rail", 200, "text/html", PAGE_3);
      at = w.offsets();
    }
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(at.get(2) + 60);
    }

    List<Fetched> events = readAll(Sources.open(file.toString(), options()));

    assertThat(events.subList(0, 2))
        .allSatisfy(e -> assertThat(e).isInstanceOf(Fetched.Document.class));
    assertThat(events.subList(2, events.size()))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e).isInstanceOf(Fetched.Failed.class));
    assertThat(((Fetched.Failed) events.get(events.size() - 1)).reason())
        .startsWith(file.toAbsolutePath() + ": ");
  }

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void read_damagedRecordInTheMiddle_isFailedAndReadingGoesOnAtTheNextRecord(
      WarcCompression compression) throws Exception {
    Path file = dir.resolve(name(compression));
    List<Long> at;
    try (WarcFixture w = new WarcFixture(file, compression)) {
      w.response("https://news.example/harbour", 200, "text/html", PAGE_1);
      w.response("https://news.example/bridge", 200, "text/html", PAGE_2);
      w.response("https://news.example/rail", 200, "text/html", PAGE_3);
      at = w.offsets();
    }
    overwrite(file, at.get(1) + 10, 30);

    List<Fetched> events = readAll(Sources.open(file.toString(), options()));

    assertThat(text(events.get(0))).isEqualTo(PAGE_1);
    assertThat(text(events.get(events.size() - 1))).isEqualTo(PAGE_3);
    assertThat(events.get(events.size() - 1).position()).isEqualTo(String.valueOf(at.get(2)));
    assertThat(events.subList(1, events.size() - 1))
        .isNotEmpty()
        .noneSatisfy(e -> assertThat(e).isInstanceOf(Fetched.Document.class))
        .anySatisfy(
            e ->
                assertThat(e)
                    .isInstanceOfSatisfying(
                        Fetched.Failed.class,
                        f ->
                            assertThat(f.reason())
                                .endsWith(
                                    "; reading goes on at the next readable record, at byte "
                                        + at.get(2))));
  }

  @Test
  void read_fileThatIsNoWarc_failsNamingIt() throws Exception {
    Path file = dir.resolve("page.warc");
    Files.writeString(file, PAGE_1);

    assertThatThrownBy(() -> readAll(Sources.open(file.toString(), options())))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            file.toAbsolutePath() + ": not a WARC file: the first record cannot be read (")
        .hasMessageEndingWith("); check that it is a WARC or WARC.gz file");
  }

  @Test
  void read_warcNamedWithItsPrefix_isReadWhateverItsName() throws Exception {
    Path file = dir.resolve("crawl.bin");
    try (WarcFixture w = new WarcFixture(file, WarcCompression.GZIP)) {
      w.response("https://news.example/harbour", 200, "text/html", PAGE_1);
    }

    assertThat(readAll(Sources.open("warc:" + file, options())))
        .singleElement()
        .satisfies(e -> assertThat(text(e)).isEqualTo(PAGE_1));
  }

  @Test
  void read_generatedCrawl_readsThousandsOfPagesPerSecond() throws Exception {
    Path file = dir.resolve("rate.warc.gz");
    WarcReadRate.generate(file, WarcCompression.GZIP, 3000);

    double rate = WarcReadRate.rate(file, new java.util.ArrayList<>());

    assertThat(rate).as("pages per second (measured about 8,000 on 2 cores)").isGreaterThan(500);
  }

  private static void overwrite(Path file, long from, long length) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek(from);
      f.write("X".repeat((int) length).getBytes(StandardCharsets.US_ASCII));
    }
  }
}
