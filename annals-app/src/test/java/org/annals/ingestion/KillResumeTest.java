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
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.bench.SyntheticWarc;
import org.annals.cli.Main;
import org.annals.model.Article;
import org.annals.store.EventQuery;
import org.annals.store.Hit;
import org.annals.store.MergedEvent;
import org.annals.store.SearchQuery;
import org.annals.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash-and-resume harness: a child JVM ({@code annals ingest}, as {@code bin/annals} runs it)
 * ingests a generated WARC and is killed with SIGKILL ({@link Process#destroyForcibly()}) at seeded
 * random moments, then started again, until it finishes. After every kill, the store as the next
 * run opens it must hold every article the store's checkpoint covers (the checkpoint is committed
 * with its articles, so it is the store's own record of what was committed), at least as many
 * articles as the child reported new, and no article twice; at the end it must equal the store of
 * an uninterrupted run: the same article ids and the same events.
 *
 * <p>The kill trials ingest without annotation (the commit protocol is the subject, and loading the
 * NLP models in every child would only add seconds per trial); a smaller annotated run, killed too,
 * compares the events. The full harness (2,000 articles, 12 kills) takes minutes and runs with
 * {@code -Dannals.slow=true}, as does the annotated run; the default build runs the harness on 250
 * articles with 10 kills.
 */
class KillResumeTest {
  private static final long SEED = 20261129L;
  private static final Pattern COMMITTED =
      Pattern.compile(
          "committed [\\d,]+ articles \\(([\\d,]+) new, [\\d,]+ updated, [\\d,]+ duplicates, ([\\d,]+) reprints\\)");

  @TempDir Path tmp;

  @Test
  void ingest_killedSixTimesOver200Articles_losesNothingCommittedAndEndsAsAnUninterruptedRun()
      throws Exception {
    Path warc = tmp.resolve("news.warc.gz");
    SyntheticWarc.write(warc, 200, SEED);
    new Harness(warc, 6, 5, 3, 150, false).run();
  }

  @Test
  @Tag("slow")
  @EnabledIfSystemProperty(named = "annals.slow", matches = "true")
  void ingest_killedTwelveTimesOver2000Articles_losesNothingCommittedAndEndsAsAnUninterruptedRun()
      throws Exception {
    Path warc = tmp.resolve("news.warc.gz");
    SyntheticWarc.write(warc, 2000, SEED);
    new Harness(warc, 12, 10, 6, 300, false).run();
  }

  @Test
  @Tag("slow")
  @EnabledIfSystemProperty(named = "annals.slow", matches = "true")
  void ingestAnnotated_killedThreeTimes_storesTheSameEventsAsAnUninterruptedRun() throws Exception {
    Path warc = tmp.resolve("events.warc.gz");
    EventPages.write(warc, 60, SEED);
    Harness h = new Harness(warc, 3, 3, 2, 200, true);
    h.run();
    assertThat(h.referenceEvents)
        .as("the pages must give events to compare")
        .hasSizeGreaterThan(20);
  }

  /**
   * One harness run: an uninterrupted reference, then kills until done, then the comparison. A kill
   * comes at a seeded random moment measured in the child's own progress, so that it cuts the run
   * short on a fast machine and a loaded one alike: after 0 to {@code maxCommits} commits, then 0
   * to {@code maxDelayMs} more milliseconds (mid-batch, or mid-commit).
   */
  private final class Harness {
    final Path warc;
    final int kills;
    final int batch;
    final int maxCommits;
    final int maxDelayMs;
    final boolean annotate;
    List<String> referenceEvents = List.of();

    Harness(Path warc, int kills, int batch, int maxCommits, int maxDelayMs, boolean annotate) {
      this.warc = warc;
      this.kills = kills;
      this.batch = batch;
      this.maxCommits = maxCommits;
      this.maxDelayMs = maxDelayMs;
      this.annotate = annotate;
    }

    void run() throws Exception {
      Path reference = tmp.resolve("reference-" + warc.getFileName());
      StringWriter refErr = new StringWriter();
      int refCode =
          Main.execute(
              Child.arguments(warc, reference, batch, annotate).toArray(String[]::new),
              new PrintWriter(new StringWriter()),
              new PrintWriter(refErr));
      assertThat(refCode).as("the uninterrupted run, in process: %s", refErr).isZero();
      NavigableMap<Long, String> idAt = idsByOffset(reference);
      referenceEvents = events(reference);

      Path store = tmp.resolve("killed-" + warc.getFileName());
      Random random = new Random(SEED);
      long reported = 0;
      int killed = 0;
      for (int trial = 0; killed < kills; trial++) {
        int commits = random.nextInt(maxCommits + 1);
        int delay = random.nextInt(maxDelayMs + 1);
        String moment =
            "trial " + trial + " (seed " + SEED + ": " + commits + " commits + " + delay + " ms)";
        Child child = Child.start(warc, store, batch, annotate);
        child.awaitCommits(commits);
        boolean cut = !child.process.waitFor(delay, TimeUnit.MILLISECONDS);
        if (cut) {
          child.process.destroyForcibly().waitFor();
          killed++;
        }
        child.drain();
        reported += child.reportedNew.get();
        checkAfterKill(store, idAt, reported, moment);
        assertThat(cut)
            .as(
                "%s: the run must still be going when killed, but it ended (%s); make the corpus"
                    + " larger than %d kills can ingest",
                moment, child.tail(), kills)
            .isTrue();
      }
      Child last = Child.start(warc, store, batch, annotate);
      assertThat(last.process.waitFor(600, TimeUnit.SECONDS)).isTrue();
      last.drain();
      assertThat(last.process.exitValue()).as("the last run: %s", last.tail()).isZero();
      assertThat(ids(store)).as("same article ids").isEqualTo(ids(reference));
      assertThat(events(store)).as("same events").isEqualTo(referenceEvents);
    }

    /**
     * The store as the next run opens it (recovered): every article up to the checkpoint is there,
     * at least as many as were reported new, none twice, none from outside the corpus.
     */
    void checkAfterKill(Path store, NavigableMap<Long, String> idAt, long reported, String trial)
        throws Exception {
      if (!store.resolve("VERSION").toFile().exists()) {
        return;
      }
      long checkpoint;
      try (Store s = Store.openForWriting(store)) {
        String p = s.resume("warc:" + warc.toAbsolutePath().normalize()).afterPosition();
        checkpoint = p == null || p.isEmpty() ? -1 : Long.parseLong(p);
      }
      Set<String> now = ids(store);
      Set<String> committed = new HashSet<>(idAt.headMap(checkpoint, true).values());
      assertThat(now)
          .as("%s: every article the checkpoint covers is stored", trial)
          .containsAll(committed);
      assertThat((long) now.size())
          .as("%s: every article reported new is stored", trial)
          .isGreaterThanOrEqualTo(reported);
      assertThat(idAt.values()).as("%s: only articles of the corpus", trial).containsAll(now);
    }
  }

  /** Each record's offset (the article's source is {@code file#offset}) to its article id. */
  private static TreeMap<Long, String> idsByOffset(Path dir) throws Exception {
    TreeMap<Long, String> out = new TreeMap<>();
    try (Store s = Store.openForReading(dir)) {
      for (String id : ids(dir)) {
        Article a = s.article(id).orElseThrow();
        out.put(Long.parseLong(a.source().substring(a.source().lastIndexOf('#') + 1)), id);
      }
    }
    return out;
  }

  /** The ids in a store, read page by page; an id found twice fails the test. */
  private static Set<String> ids(Path dir) throws Exception {
    Set<String> ids = new HashSet<>();
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

  /**
   * The merged events, each as text without the moment it was first seen (a wall-clock time). The
   * events live in DuckDB, which only the writer opens.
   */
  private static List<String> events(Path dir) throws Exception {
    List<String> out = new ArrayList<>();
    try (Store s = Store.openForWriting(dir)) {
      for (MergedEvent e : s.events(EventQuery.all())) {
        List<MergedEvent.Mention> mentions = new ArrayList<>();
        for (MergedEvent.Mention m : e.mentions()) {
          mentions.add(
              new MergedEvent.Mention(
                  m.articleId(), m.storyId(), m.url(), m.publisher(), m.published(), "", m.row()));
        }
        out.add(
            new MergedEvent(
                    e.id(),
                    e.kind(),
                    e.date(),
                    e.datePrecision(),
                    e.cameo(),
                    e.occurrence(),
                    e.plover(),
                    e.ploverMode(),
                    e.quad(),
                    e.goldstein(),
                    e.sourceCode(),
                    e.sourceName(),
                    e.targetCode(),
                    e.targetName(),
                    e.placeName(),
                    e.placeCountry(),
                    e.placeAdm1(),
                    e.lat(),
                    e.lon(),
                    e.numMentions(),
                    e.numSources(),
                    e.numArticles(),
                    mentions)
                .toString());
      }
    }
    out.sort(null);
    return out;
  }

  /** A child JVM running {@code annals ingest}, its progress lines read as they come. */
  private static final class Child {
    final Process process;
    final AtomicLong reportedNew = new AtomicLong();
    final List<String> lines = new ArrayList<>();
    final Thread reader;
    final CountDownLatch reading = new CountDownLatch(1);
    final java.util.concurrent.atomic.AtomicInteger commits =
        new java.util.concurrent.atomic.AtomicInteger();

    private Child(Process process) {
      this.process = process;
      this.reader = new Thread(this::read, "child-stderr");
      reader.start();
    }

    static Child start(Path warc, Path store, int batch, boolean annotate) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  java,
                  "-Xmx1g",
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName()));
      cmd.addAll(arguments(warc, store, batch, annotate));
      ProcessBuilder pb = new ProcessBuilder(cmd);
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      return new Child(pb.start());
    }

    /** {@code annals ingest} of the WARC into the store, one extraction thread. */
    static List<String> arguments(Path warc, Path store, int batch, boolean annotate) {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  "ingest",
                  warc.toString(),
                  "--store",
                  store.toString(),
                  "--batch-size",
                  Integer.toString(batch),
                  "--threads",
                  "1"));
      if (!annotate) {
        cmd.add("--no-annotate");
      }
      return cmd;
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
            commits.incrementAndGet();
          }
        }
      } catch (IOException e) {
        // the child was killed: its stream ends
      }
    }

    /** Waits until the child has started on the source and committed {@code n} batches. */
    void awaitCommits(int n) throws InterruptedException {
      reading.await(120, TimeUnit.SECONDS);
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (commits.get() < n && process.isAlive() && System.nanoTime() < end) {
        Thread.sleep(5);
      }
    }

    void drain() throws InterruptedException {
      reader.join(10_000);
    }

    String tail() {
      synchronized (lines) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
      }
    }

    private static long num(String s) {
      return Long.parseLong(s.replace(",", ""));
    }
  }
}
