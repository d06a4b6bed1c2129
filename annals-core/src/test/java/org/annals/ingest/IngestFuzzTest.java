package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.model.RawDocument;

/**
 * Jazzer fuzz targets for the readers of whole sources: the feed reader (ROME behind {@link
 * FeedParser}, then {@link FeedItems}) and the WARC reader ({@link WarcSource}). Committed inputs
 * in {@code src/test/resources/org/annals/ingest/IngestFuzzTestInputs/<method>/} run in every
 * build; {@code tools/fuzz feed|warc} fuzzes. No network: every item link meets a guard that
 * refuses all hosts, so a feed item becomes a failed event without a connection.
 */
class IngestFuzzTest {
  private static final int MAX_ITEMS = 50;
  private static final Path FILE = tempFile();

  private static final PoliteFetcher NO_NETWORK =
      new PoliteFetcher(
          SourceOptions.defaults().withMaxItems(MAX_ITEMS),
          (url, host) -> {
            throw new InputException(url, "refused: no network while fuzzing");
          });

  @FuzzTest(maxDuration = "10m")
  void readFeed_anyBytes_itemsAreBoundedAndEachNamesItself(byte[] input) {
    RawDocument doc =
        new RawDocument(
            "fuzz.xml", "https://example.org/feed.xml", input, "application/rss+xml", null);
    List<Fetched> events = new ArrayList<>();
    try {
      new FeedItems(NO_NETWORK).emit(doc, Resume.START, events::add);
    } catch (InputException e) {
      assertThat(e.source()).as("a refusal names the feed").isEqualTo(doc.url());
      assertThat(e.getMessage().substring(e.source().length()))
          .as("and says why")
          .hasSizeGreaterThan(10);
      return;
    }
    assertThat(events).as("the item cap holds").hasSizeLessThanOrEqualTo(MAX_ITEMS + 1);
    Set<String> ids = new HashSet<>();
    for (Fetched f : events) {
      assertThat(f).as("no document without a fetch").isNotInstanceOf(Fetched.Document.class);
      assertThat(f.itemId()).isNotBlank();
      if (f instanceof Fetched.Failed failed) {
        assertThat(ids.add(f.itemId())).as("an id fails once: %s", f.itemId()).isTrue();
        assertThat(failed.reason()).isNotBlank();
      }
    }
  }

  @FuzzTest(maxDuration = "10m")
  void readWarc_anyBytes_ordersRecordsAndResumesAfterAnyOfThem(byte[] input)
      throws IOException, InputException {
    Path file = FILE;
    Files.write(file, input);
    WarcSource source = new WarcSource(file, 1_000_000);
    List<Fetched> all;
    try {
      all = read(source, Resume.START);
    } catch (InputException e) {
      assertThat(e.getMessage()).as("a refusal names the file").startsWith(file + ": ");
      return;
    }
    List<Long> positions = positions(all);
    long previous = -1;
    for (long p : positions) {
      assertThat(p).as("positions grow and lie in the file").isGreaterThan(previous);
      assertThat(p).isLessThan(input.length);
      previous = p;
    }
    assertThat(all)
        .filteredOn(f -> f instanceof Fetched.Document)
        .allSatisfy(
            f -> assertThat(((Fetched.Document) f).raw().length()).isLessThanOrEqualTo(1_000_000));
    if (!positions.isEmpty()) {
      long first = positions.get(0);
      List<Long> resumed = positions(read(source, new Resume(Long.toString(first), null)));
      assertThat(resumed)
          .as("a run resumed after byte %d reads what the first run read after it", first)
          .isEqualTo(positions.subList(1, positions.size()));
    }
  }

  private static List<Fetched> read(WarcSource source, Resume resume) throws InputException {
    List<Fetched> out = new ArrayList<>();
    source.read(resume, out::add);
    return out;
  }

  /** The positions of the records read (failed resyncs carry none). */
  private static List<Long> positions(List<Fetched> events) {
    List<Long> out = new ArrayList<>();
    for (Fetched f : events) {
      if (f.position() != null) {
        out.add(Long.parseLong(f.position()));
      }
    }
    return out;
  }

  private static Path tempFile() {
    try {
      Path d = Files.createTempDirectory("annals-fuzz");
      d.toFile().deleteOnExit();
      Path f = d.resolve("fuzz.warc");
      f.toFile().deleteOnExit();
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
