package org.annals.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.extract.ArticleExtractor;
import org.annals.extract.Extractors;
import org.annals.extract.Format;
import org.annals.internal.Preconditions;
import org.annals.model.RawDocument;

/**
 * Extraction throughput: {@code annals bench extraction}. The pages are decompressed into memory
 * first, so no I/O is timed. Untimed warm-up passes run until the just-in-time compiler has settled
 * (two passes in a row within {@value #STEADY_PERCENT}% of each other's time, at least {@value
 * #MIN_WARMUP_PASSES} and at most {@value #MAX_WARMUP_PASSES} passes); then a single-thread run and
 * a run on all threads each cycle over the pages for a fixed time.
 */
public final class ExtractionBench {
  private static final ArticleExtractor HTML = Extractors.of(Format.HTML);

  /** Fewest warm-up passes: the first is mostly class loading and interpretation. */
  static final int MIN_WARMUP_PASSES = 3;

  /** Most warm-up passes, for a machine too busy for two passes ever to agree. */
  static final int MAX_WARMUP_PASSES = 12;

  /** How close, in percent, two consecutive warm-up passes must be for the JIT to count as done. */
  static final int STEADY_PERCENT = 3;

  private ExtractionBench() {}

  /**
   * Benchmarks the HTML extractor on {@code set}'s pages for {@code seconds} per run, single thread
   * and then {@code threads} threads.
   *
   * @throws EvalSetException when the set cannot be read
   */
  public static BenchReport run(EvalSet set, Path shared, int threads, double seconds)
      throws EvalSetException {
    Preconditions.requireArgument(
        threads > 0 && seconds > 0,
        "threads and seconds must be positive, got %d and %s",
        threads,
        seconds);
    List<RawDocument> docs = load(set, shared);
    AtomicLong failures = new AtomicLong();
    BenchReport.Warmup warmup = warmUp(docs, failures);
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    BenchReport.Run single = timed(docs, 1, seconds, failures);
    BenchReport.Run parallel = timed(docs, threads, seconds, failures);
    long bytes = docs.stream().mapToLong(RawDocument::length).sum();
    String java =
        System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    return new BenchReport(
        set,
        docs.size(),
        bytes,
        warmup,
        single,
        parallel,
        failures.get(),
        java,
        Runtime.getRuntime().availableProcessors(),
        load < 0 ? -1 : load,
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /**
   * Passes over all pages on this thread until two in a row take times within {@link
   * #STEADY_PERCENT} percent of each other, so the timed runs measure compiled code, not the JIT.
   */
  private static BenchReport.Warmup warmUp(List<RawDocument> docs, AtomicLong failures) {
    long begin = System.nanoTime();
    long previous = -1;
    int passes = 0;
    boolean steady = false;
    while (passes < MAX_WARMUP_PASSES && !steady) {
      long start = System.nanoTime();
      for (RawDocument d : docs) {
        extract(d, failures);
      }
      long took = System.nanoTime() - start;
      passes++;
      steady =
          passes >= MIN_WARMUP_PASSES
              && previous > 0
              && Math.abs(took - previous) * 100 <= STEADY_PERCENT * previous;
      previous = took;
    }
    return new BenchReport.Warmup(passes, (System.nanoTime() - begin) / 1e9, steady);
  }

  private static List<RawDocument> load(EvalSet set, Path shared) throws EvalSetException {
    List<RawDocument> docs = new ArrayList<>();
    for (GoldPage p : ExtractionEval.pages(set, shared, 0)) {
      try {
        docs.add(ExtractionEval.document(p, ExtractionEval.html(p)));
      } catch (IOException e) {
        throw new EvalSetException(
            "set " + set + ": cannot read page " + p.page() + ": " + e.getMessage(), e);
      }
    }
    if (docs.isEmpty()) {
      throw new EvalSetException("set " + set + " has no pages in " + set.dir(shared));
    }
    return docs;
  }

  private static BenchReport.Run timed(
      List<RawDocument> docs, int threads, double seconds, AtomicLong failures) {
    AtomicLong next = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    boolean cpuKnown = cpu.isCurrentThreadCpuTimeSupported();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  long cpuStart = cpuKnown ? cpu.getCurrentThreadCpuTime() : 0;
                  while (System.nanoTime() < deadline) {
                    RawDocument d = docs.get((int) (next.getAndIncrement() % docs.size()));
                    extract(d, failures);
                    bytes.addAndGet(d.length());
                  }
                  cpuNanos.addAndGet(cpuKnown ? cpu.getCurrentThreadCpuTime() - cpuStart : 0);
                }));
      }
      for (Future<?> w : workers) {
        await(w);
      }
    } finally {
      pool.shutdownNow();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new BenchReport.Run(
        threads, next.get(), bytes.get(), elapsed, cpuKnown ? cpuNanos.get() / 1e9 : -1);
  }

  private static void extract(RawDocument d, AtomicLong failures) {
    try {
      HTML.extract(d);
    } catch (RuntimeException | StackOverflowError e) {
      failures.incrementAndGet();
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while benchmarking", e);
    } catch (ExecutionException e) {
      throw new UncheckedIOException(new IOException("a benchmark worker failed", e.getCause()));
    }
  }
}
