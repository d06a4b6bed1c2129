package org.annals.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.annals.internal.Preconditions;
import org.annals.model.Article;

/**
 * A micro benchmark of the store alone (no extraction): fills a new store with generated articles
 * in batches, then measures search latency on a seeded set of queries. For {@code annals bench
 * ingest} and for {@code docs/benchmarks.md}; generated text only.
 */
public final class StoreBench {
  /** Articles per committed batch. */
  public static final int BATCH = 500;

  /** Queries run untimed first, so that the JIT has compiled the search path. */
  public static final int WARM_UP = 200;

  private StoreBench() {}

  /**
   * What one run measured.
   *
   * @param articles articles written
   * @param seconds time spent adding and committing (generation excluded)
   * @param articlesPerSecond {@code articles / seconds}
   * @param reprints articles the store joined to an earlier story
   * @param queries timed searches
   * @param p50Millis median search latency
   * @param p99Millis 99th-percentile search latency
   * @param maxMillis slowest search
   * @param bytes the store's size on disk
   */
  public record Result(
      int articles,
      double seconds,
      double articlesPerSecond,
      long reprints,
      int queries,
      double p50Millis,
      double p99Millis,
      double maxMillis,
      long bytes) {}

  /**
   * Search latency over a set of queries.
   *
   * @param queries timed searches
   * @param p50Millis median latency
   * @param p99Millis 99th-percentile latency (nearest rank)
   * @param maxMillis slowest search
   */
  public record Latency(int queries, double p50Millis, double p99Millis, double maxMillis) {}

  /**
   * The generated articles of {@code seed}, numbered from 0: the same every run. For a benchmark
   * that renders them as pages (a WARC) and ingests them; {@link #queries} match their words.
   */
  public static Iterator<Article> articles(long seed, int count) {
    return new SyntheticNews(seed).articles(count);
  }

  /** {@code n} searches over the words of {@link #articles(long, int)} of {@code seed}. */
  public static List<SearchQuery> queries(long seed, int n) {
    return queries(new SyntheticNews(seed), n, seed);
  }

  /**
   * Times {@code queries} on {@code store} after {@value #WARM_UP} untimed searches of the same
   * mix.
   */
  public static Latency searchLatency(Store store, long seed, int queries) {
    SyntheticNews news = new SyntheticNews(seed);
    double[] millis = searchMillis(store, news, queries, seed);
    return new Latency(
        queries, percentile(millis, 50), percentile(millis, 99), millis[millis.length - 1]);
  }

  /**
   * Fills a new store in {@code dir} (which must not hold one) with {@code articles} generated
   * articles, then times {@code queries} searches with a fresh reader.
   */
  public static Result run(Path dir, int articles, int queries, long seed) throws StoreException {
    Preconditions.requireArgument(
        articles > 0, "benchmark articles must be positive, got %d", articles);
    Preconditions.requireArgument(
        queries > 0, "benchmark queries must be positive, got %d", queries);
    SyntheticNews news = new SyntheticNews(seed);
    long nanos = 0;
    long reprints = 0;
    try (Store store = Store.openForWriting(dir)) {
      Preconditions.requireArgument(
          store.stats().articles() == 0, "benchmark store %s must be new", dir);
      Iterator<Article> it = news.articles(articles);
      int done = 0;
      while (it.hasNext()) {
        List<Article> chunk = new ArrayList<>(BATCH);
        while (it.hasNext() && chunk.size() < BATCH) {
          chunk.add(it.next());
        }
        long start = System.nanoTime();
        Batch b = store.batch();
        for (Article a : chunk) {
          b.add(
              a,
              new Provenance(
                  a.source(), "bench:" + seed, java.time.Instant.EPOCH.plusSeconds(done++)));
        }
        b.checkpoint("bench:" + seed, Integer.toString(done));
        reprints += b.commit().reprints();
        nanos += System.nanoTime() - start;
      }
    }
    try (Store reader = Store.openForReading(dir)) {
      Latency latency = searchLatency(reader, seed, queries);
      double seconds = nanos / 1e9;
      return new Result(
          articles,
          seconds,
          articles / seconds,
          reprints,
          queries,
          latency.p50Millis(),
          latency.p99Millis(),
          latency.maxMillis(),
          reader.stats().bytes());
    }
  }

  /**
   * The queries of a run: mostly one to three words, some with a filter or a two-word phrase. The
   * words are content words (frequency ranks 20 to 2000), as people search; a phrase of the two
   * most frequent words (like "of the") is the known slow case, measured apart in the report.
   */
  static List<SearchQuery> queries(SyntheticNews news, int n, long seed) {
    Random r = new Random(seed ^ 0x71e5L);
    List<SearchQuery> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(20);
      String text = words(news, r, 1 + r.nextInt(3));
      if (kind < 12) {
        out.add(SearchQuery.of(text, 10));
      } else if (kind < 14) {
        out.add(SearchQuery.of("\"" + words(news, r, 2) + "\"", 10));
      } else if (kind < 16) {
        String publisher = news.publishers().get(r.nextInt(news.publishers().size()));
        out.add(new SearchQuery(text, null, null, null, publisher, 10, 0));
      } else if (kind < 18) {
        LocalDate from = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(700));
        out.add(new SearchQuery(text, from, from.plusDays(30), null, null, 10, 0));
      } else {
        String section = SyntheticNews.SECTIONS.get(r.nextInt(SyntheticNews.SECTIONS.size()));
        out.add(
            new SearchQuery(
                kind == 18 ? null : text, null, null, section, null, 10, r.nextInt(3) * 10));
      }
    }
    return out;
  }

  private static String words(SyntheticNews news, Random r, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      // ranks 20..2000: neither stop-word-like nor so rare that nothing matches
      s.append(i == 0 ? "" : " ").append(news.wordOfRank(20 + r.nextInt(1980)));
    }
    return s.toString();
  }

  private static double[] searchMillis(Store reader, SyntheticNews news, int queries, long seed) {
    for (SearchQuery q : queries(news, WARM_UP, seed + 1)) {
      reader.search(q);
    }
    List<SearchQuery> timed = queries(news, queries, seed);
    double[] millis = new double[timed.size()];
    for (int i = 0; i < timed.size(); i++) {
      long start = System.nanoTime();
      reader.search(timed.get(i));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  /** The nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
