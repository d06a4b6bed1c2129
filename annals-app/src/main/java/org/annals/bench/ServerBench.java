package org.annals.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.annals.events.Cameo;
import org.annals.internal.Preconditions;
import org.annals.model.Article;
import org.annals.store.Annotations;
import org.annals.store.Batch;
import org.annals.store.EventRow;
import org.annals.store.Provenance;
import org.annals.store.SearchQuery;
import org.annals.store.Store;
import org.annals.store.StoreBench;
import org.annals.store.StoreException;

/**
 * {@code annals bench server}: a store of generated articles, each with generated events between a
 * few dozen countries (no NLP: the stored events are what is served), then requests over real HTTP
 * from several client threads for a fixed time per endpoint, timing each request.
 */
public final class ServerBench {
  /** Country codes the generated events are between; the first ones are picked far more often. */
  private static final List<String> COUNTRIES =
      List.of(
          "USA", "RUS", "CHN", "UKR", "IRN", "ISR", "TUR", "FRA", "DEU", "GBR", "IND", "PAK", "JPN",
          "KOR", "PRK", "SAU", "EGY", "SYR", "IRQ", "AFG", "BRA", "MEX", "ZAF", "NGA", "KEN", "ETH",
          "IDN", "PHL", "VNM", "POL", "KAZ", "QAT");

  /** CAMEO codes of the generated events, from every root. */
  private static final List<String> CODES =
      List.of(
          "010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "081", "090",
          "100", "111", "112", "120", "130", "138", "140", "150", "163", "172", "180", "190", "195",
          "200");

  private ServerBench() {}

  /** One endpoint's figures. */
  public record Figures(
      String endpoint,
      int requests,
      int errors,
      double seconds,
      double p50Millis,
      double p99Millis,
      double maxMillis) {
    public double perSecond() {
      return requests / seconds;
    }

    static Figures of(String endpoint, long[] sortedNanos, int errors, double seconds) {
      return new Figures(
          endpoint,
          sortedNanos.length,
          errors,
          seconds,
          percentile(sortedNanos, 50),
          percentile(sortedNanos, 99),
          sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6);
    }
  }

  /**
   * Fills a new store in {@code dir} with {@code articles} generated articles and their events;
   * returns the ids of the stored articles.
   */
  public static List<String> fill(Store store, int articles, long seed) throws StoreException {
    Preconditions.requireArgument(articles > 0, "articles must be positive, got %s", articles);
    Random r = new Random(seed);
    Iterator<Article> it = StoreBench.articles(seed, articles);
    List<String> ids = new ArrayList<>(articles);
    int done = 0;
    while (it.hasNext()) {
      Batch b = store.batch();
      for (int i = 0; i < StoreBench.BATCH && it.hasNext(); i++) {
        Article a = it.next();
        b.add(
            a,
            new Provenance(a.source(), "bench-server:" + seed, Instant.EPOCH.plusSeconds(done++)),
            annotations(a, r));
        ids.add(a.id());
      }
      b.commit();
    }
    return ids;
  }

  private static Annotations annotations(Article a, Random r) {
    String day = a.published() == null ? "2024-01-01" : a.published().toString().substring(0, 10);
    List<EventRow> events = new ArrayList<>();
    int n = r.nextInt(4);
    for (int e = 0; e < n; e++) {
      String source = COUNTRIES.get(skewed(r, COUNTRIES.size()));
      String target = COUNTRIES.get(skewed(r, COUNTRIES.size()));
      if (source.equals(target)) {
        continue;
      }
      if (r.nextBoolean()) {
        source += "GOV";
      }
      Cameo c = Cameo.of(CODES.get(r.nextInt(CODES.size()))).orElseThrow();
      String json =
          String.format(
              Locale.ROOT,
              "{\"schema\":\"annals-event-v1\",\"kind\":\"interaction\",\"cameo\":\"%s\","
                  + "\"synthetic\":true}",
              c.code());
      events.add(
          new EventRow(
              e,
              e,
              "interaction",
              c.code(),
              null,
              c.plover() == null ? null : c.plover().type(),
              c.plover() == null ? null : c.plover().mode(),
              c.quad(),
              c.goldstein(),
              source,
              source,
              target,
              target,
              day,
              "article-date",
              null,
              null,
              null,
              null,
              null,
              0,
              10,
              5,
              9,
              0.9,
              json));
    }
    return new Annotations("{\"synthetic\":true,\"events\":[]}", List.of(), events);
  }

  /** An index that picks the first of {@code n} most: a rough Zipf. */
  private static int skewed(Random r, int n) {
    return Math.min(n - 1, (int) Math.floor(Math.pow(r.nextDouble(), 2.5) * n));
  }

  /**
   * Sends requests for {@code seconds} from {@code clients} threads, each on its own keep-alive
   * connection and waiting for each answer before the next request (closed loop), each request's
   * path made by {@code path} from a running number; times each.
   */
  public static Figures load(
      String base, String endpoint, IntFunction<String> path, int clients, double seconds)
      throws InterruptedException {
    Preconditions.requireArgument(clients > 0, "clients must be positive, got %s", clients);
    AtomicInteger counter = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    List<List<Long>> perClient = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<Long> nanos = new ArrayList<>();
      perClient.add(nanos);
      threads.add(
          client(
              endpoint + "-" + c,
              () -> {
                try (KeepAlive http = new KeepAlive(base, TIMEOUT_MILLIS)) {
                  while (System.nanoTime() < end) {
                    String p = path.apply(counter.getAndIncrement());
                    long t0 = System.nanoTime();
                    if (!ok(http, p)) {
                      errors.incrementAndGet();
                    }
                    nanos.add(System.nanoTime() - t0);
                  }
                }
              }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    long[] sorted = perClient.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
    java.util.Arrays.sort(sorted);
    return Figures.of(endpoint, sorted, errors.get(), wall);
  }

  /**
   * Open-loop load: requests planned at a fixed {@code rate} per second for {@code seconds},
   * whatever the answers' speed, paths taken in turn from {@code path}, sent on a pool of {@code
   * connections} keep-alive connections (as browsers and proxies do): the first free connection
   * sends the next planned request once its time has come. A slow answer delays the requests queued
   * behind it, and that delay counts: latency is timed from each request's planned send time, so a
   * slow server cannot hide it (no coordinated omission). A request fails when its answer is not a
   * 200, the connection fails, or the answer is not there {@value #TIMEOUT_MILLIS} ms after the
   * planned time.
   */
  public static Figures fixedRate(
      String base,
      String endpoint,
      IntFunction<String> path,
      int rate,
      double seconds,
      int connections)
      throws InterruptedException {
    Preconditions.requireArgument(rate > 0, "rate must be positive, got %s", rate);
    Preconditions.requireArgument(
        connections > 0, "connections must be positive, got %s", connections);
    int total = (int) Math.round(rate * seconds);
    long[] nanos = new long[total];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      threads.add(
          client(
              endpoint + "-" + c,
              () -> {
                try (KeepAlive http = new KeepAlive(base, TIMEOUT_MILLIS)) {
                  for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long planned = start + (long) (i * 1e9 / rate);
                    long wait = planned - System.nanoTime();
                    if (wait > 0) {
                      java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    boolean ok = ok(http, path.apply(i));
                    nanos[i] = System.nanoTime() - planned;
                    if (!ok || nanos[i] > TIMEOUT_MILLIS * 1_000_000L) {
                      errors.incrementAndGet();
                    }
                    answered.incrementAndGet();
                  }
                }
              }));
    }
    long deadline = start + (long) (seconds * 1e9) + TIMEOUT_MILLIS * 2_000_000L;
    for (Thread t : threads) {
      t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    long now = System.nanoTime();
    double wall = (now - start) / 1e9;
    int unanswered = total - answered.get();
    threads.forEach(Thread::interrupt);
    long[] sorted = nanos.clone();
    for (int i = 0; i < total; i++) {
      if (sorted[i] == 0) { // never answered: at least as slow as the time waited for it
        sorted[i] = Math.max(1, now - (start + (long) (i * 1e9 / rate)));
      }
    }
    java.util.Arrays.sort(sorted);
    return Figures.of(endpoint, sorted, errors.get() + unanswered, wall);
  }

  /** How long a request may take before it counts as failed. */
  static final int TIMEOUT_MILLIS = 30_000;

  private static boolean ok(KeepAlive http, String path) {
    try {
      return http.get(path) == 200;
    } catch (IOException e) {
      return false;
    }
  }

  private static Thread client(String name, Runnable body) {
    Thread t = new Thread(body, "bench-client-" + name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** The search paths: the store benchmark's query mix. */
  public static List<String> searchPaths(long seed, int n) {
    List<String> out = new ArrayList<>();
    for (SearchQuery q : StoreBench.queries(seed, n)) {
      out.add(
          "/api/articles?q="
              + URLEncoder.encode(q.text() == null ? "" : q.text(), StandardCharsets.UTF_8));
    }
    return out;
  }

  /** The dyads of the generated events, most frequent first. */
  public static List<String> dyads() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      for (int j = i + 1; j < 6; j++) {
        out.add(COUNTRIES.get(i) + "-" + COUNTRIES.get(j));
      }
    }
    return List.copyOf(out);
  }
}
