package org.annals.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.bench.SyntheticWarc;
import org.annals.cli.Main;
import org.annals.store.Hit;
import org.annals.store.SearchQuery;
import org.annals.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments: a real child JVM ingests a generated WARC and is killed with SIGKILL,
 * again and again, then run to the end. Every article it reported committed must be in the store,
 * nothing may be stored twice, and the final store must equal that of an uninterrupted run.
 *
 * <p>An article is reported new exactly once, when the commit that holds it returns; so the sum of
 * the new articles reported over all runs can never exceed what the store holds. (A reader may see
 * the documents of a batch killed between its Lucene and DuckDB commits until the next writer opens
 * the store and drops them: the count can run ahead of the reports, never behind.)
 */
class IngestCrashTest {
  private static final int PAGES = 300;
  private static final long SEED = 20261129L;
  private static final Pattern COMMITTED =
      Pattern.compile(
          "committed [\\d,]+ articles \\(([\\d,]+) new, [\\d,]+ updated, [\\d,]+ duplicates, ([\\d,]+) reprints\\)");

  @TempDir Path tmp;

  @Test
  void ingest_killedAtRandomMomentsThenResumed_losesNothingAndStoresNothingTwice()
      throws Exception {
    Path warc = tmp.resolve("news.warc.gz");
    SyntheticWarc.write(warc, PAGES, SEED);
    Path reference = tmp.resolve("reference");
    assertThat(
            Main.execute(
                new String[] {
                  "ingest", warc.toString(), "--store", reference.toString(), "-q", "--no-annotate"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())))
        .isZero();
    Set<String> expected = ids(reference);
    assertThat(expected).hasSize(PAGES);

    Path store = tmp.resolve("crashed");
    Random random = new Random(SEED);
    int kills = 0;
    long reported = 0;
    for (int trial = 0; trial < 6; trial++) {
      long delay = 500 + random.nextInt(7500);
      Child child = Child.start(warc, store);
      child.awaitReading();
      boolean finished = child.process.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        child.process.destroyForcibly().waitFor();
        kills++;
      }
      child.drain();
      reported += child.reportedNew.get();
      Set<String> now = ids(store);
      assertThat((long) now.size())
          .as(
              "trial %d (seed %d, killed after %d ms): every article reported committed so far must be stored",
              trial, SEED, delay)
          .isGreaterThanOrEqualTo(reported);
      assertThat(expected).as("trial %d: only articles of the corpus", trial).containsAll(now);
    }
    assertThat(kills).as("at least some runs must really be killed mid-way").isPositive();
    Child last = Child.start(warc, store);
    assertThat(last.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    last.drain();
    assertThat(last.process.exitValue()).isZero();
    assertThat(ids(store)).isEqualTo(expected);
  }

  /** The ids in a store, read page by page; a duplicate id fails the test. */
  private static Set<String> ids(Path dir) throws Exception {
    Set<String> ids = new HashSet<>();
    if (!dir.resolve("VERSION").toFile().exists()) {
      return ids;
    }
    try (Store s = Store.openForReading(dir)) {
      for (int offset = 0; ; offset += 500) {
        List<Hit> hits = s.search(new SearchQuery("", null, null, null, null, 500, offset)).hits();
        for (Hit h : hits) {
          assertThat(ids.add(h.id())).as("article %s stored twice in %s", h.id(), dir).isTrue();
        }
        if (hits.size() < 500) {
          return ids;
        }
      }
    }
  }

  /** A child JVM running {@code annals ingest}, its progress lines read as they come. */
  private static final class Child {
    final Process process;
    final AtomicLong reportedNew = new AtomicLong();
    final List<String> lines = new ArrayList<>();
    final Thread reader;
    final java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);

    private Child(Process process) {
      this.process = process;
      this.reader = new Thread(this::read, "child-stderr");
      reader.start();
    }

    static Child start(Path warc, Path store) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb =
          new ProcessBuilder(
              java,
              "-Xmx512m",
              "-cp",
              System.getProperty("java.class.path"),
              Main.class.getName(),
              "ingest",
              warc.toString(),
              "--store",
              store.toString(),
              "--batch-size",
              "20",
              "--threads",
              "2",
              // the commit protocol is the subject here; annotating 300 pages in 7 JVMs would
              // only add minutes of model loading
              "--no-annotate");
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      return new Child(pb.start());
    }

    private void read() {
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          synchronized (lines) {
            lines.add(line);
          }
          if (line.startsWith("reading ")) {
            reading.countDown();
          }
          Matcher m = COMMITTED.matcher(line);
          if (m.find()) {
            reportedNew.set(num(m.group(1)) + num(m.group(2)));
          }
        }
      } catch (IOException e) {
        // the child was killed: its stream ends
      }
    }

    /** Waits until the child has opened the store and started on the source. */
    void awaitReading() throws InterruptedException {
      reading.await(60, TimeUnit.SECONDS);
    }

    void drain() throws InterruptedException {
      reader.join(10_000);
    }

    private static long num(String s) {
      return Long.parseLong(s.replace(",", ""));
    }
  }
}
