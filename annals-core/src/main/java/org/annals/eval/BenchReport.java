package org.annals.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Extraction throughput on a page set held in memory.
 *
 * @param set the pages' set
 * @param pages distinct pages
 * @param bytes their decompressed size in bytes
 * @param warmup the untimed passes before the timed runs
 * @param single the single-thread run
 * @param parallel the run on {@code parallel.threads()} threads
 * @param failures extractions that threw, over all runs (each still counts as a processed page)
 * @param java the Java version and vendor
 * @param cores available processors
 * @param load the system load average over the last minute when the timed runs began (other
 *     processes compete for the cores when it exceeds {@code cores}), or -1 when unknown
 * @param date when it ran, ISO-8601 UTC
 */
public record BenchReport(
    EvalSet set,
    int pages,
    long bytes,
    Warmup warmup,
    Run single,
    Run parallel,
    long failures,
    String java,
    int cores,
    double load,
    String date) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The untimed passes over all pages, on one thread, that let the JIT compile the extractor first.
   *
   * @param passes passes made
   * @param seconds their wall-clock seconds
   * @param steady true when the last two passes took times within a few percent of each other;
   *     false when the pass limit came first (a busy machine), so the timed figures are less sure
   */
  public record Warmup(int passes, double seconds, boolean steady) {
    public Warmup {
      if (passes <= 0 || seconds < 0) {
        throw new IllegalArgumentException(
            "warm-up needs at least one pass and seconds >= 0, got " + passes + ", " + seconds);
      }
    }
  }

  /**
   * One timed run.
   *
   * @param threads worker threads
   * @param pages pages extracted (pages are cycled when the time allows more than one pass)
   * @param bytes their decompressed bytes
   * @param seconds wall-clock seconds
   * @param cpuSeconds CPU seconds the worker threads used (less than {@code threads * seconds} when
   *     other processes took the cores), or -1 when the JVM cannot tell
   */
  public record Run(int threads, long pages, long bytes, double seconds, double cpuSeconds) {
    public Run {
      if (threads <= 0 || pages < 0 || bytes < 0 || seconds <= 0) {
        throw new IllegalArgumentException(
            "bench run needs threads > 0 and seconds > 0, got " + threads + ", " + seconds);
      }
    }

    public double pagesPerSecond() {
      return pages / seconds;
    }

    /** Decompressed megabytes (10^6 bytes) per second. */
    public double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }

    /** Pages per CPU second: throughput per core as if nothing else ran, or -1 when unknown. */
    public double pagesPerCpuSecond() {
      return cpuSeconds > 0 ? pages / cpuSeconds : -1;
    }

    /** Pages per second per thread. */
    public double pagesPerSecondPerThread() {
      return pagesPerSecond() / threads;
    }
  }

  /** A few lines for a terminal. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "bench extraction on %s: %d pages, %.1f MB decompressed, in memory%n",
            set.folder(),
            pages,
            bytes / 1e6));
    sb.append(
        String.format(
            Locale.ROOT,
            "  warm-up     %d untimed passes in %.1f s%s%n",
            warmup.passes(),
            warmup.seconds(),
            warmup.steady() ? ", steady" : ", NOT steady (machine busy?): figures less sure"));
    sb.append(line("1 thread", single)).append(line(parallel.threads() + " threads", parallel));
    sb.append(
        String.format(
            Locale.ROOT,
            "failures %d; Java %s; %d cores; load average %.2f; %s%n",
            failures,
            java,
            cores,
            load,
            date));
    return sb.toString();
  }

  private static String line(String label, Run r) {
    return String.format(
        Locale.ROOT,
        "  %-11s %8.1f pages/s %7.2f MB/s  (%.1f pages/s per thread, %.1f pages per CPU second; %d pages in %.1f s)%n",
        label,
        r.pagesPerSecond(),
        r.megabytesPerSecond(),
        r.pagesPerSecondPerThread(),
        r.pagesPerCpuSecond(),
        r.pages(),
        r.seconds());
  }

  /** The report as a JSON object. */
  public ObjectNode toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("set", set.shortName())
        .put("pages", pages)
        .put("bytes", bytes)
        .put("failures", failures)
        .put("java", java)
        .put("cores", cores)
        .put("load", load)
        .put("date", date);
    o.putObject("warmup")
        .put("passes", warmup.passes())
        .put("seconds", warmup.seconds())
        .put("steady", warmup.steady());
    run(o.putObject("single"), single);
    run(o.putObject("parallel"), parallel);
    return o;
  }

  private static void run(ObjectNode o, Run r) {
    o.put("threads", r.threads())
        .put("pages", r.pages())
        .put("bytes", r.bytes())
        .put("seconds", r.seconds())
        .put("cpuSeconds", r.cpuSeconds())
        .put("pagesPerSecond", r.pagesPerSecond())
        .put("megabytesPerSecond", r.megabytesPerSecond())
        .put("pagesPerCpuSecond", r.pagesPerCpuSecond());
  }
}
