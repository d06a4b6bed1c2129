package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.bench.SyntheticWarc;
import org.annals.extract.Format;
import org.annals.ingest.SourceOptions;
import org.annals.ingestion.IngestListener;
import org.annals.ingestion.IngestOptions;
import org.annals.ingestion.IngestReport;
import org.annals.ingestion.Ingestion;
import org.annals.internal.FileTrees;
import org.annals.store.Store;
import org.annals.store.StoreBench;
import org.annals.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals bench ingest}: ingest throughput and search latency on generated news. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest throughput and search latency on generated news (seeded, no third-party text):",
      "1. writes a WARC of --pages synthetic pages, then ingests it (extract + store) into a new store: articles/s;",
      "2. fills a store with --search-articles generated articles and times --queries searches: p50/p99.",
      "Targets (issue 3): ingest >= 100 articles/s on 2 cores; search p99 <= 50 ms at 100,000 articles."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the benchmark ran", "2:usage error", "3:it could not run (disk, store)"})
final class BenchIngestCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--pages",
      defaultValue = "2000",
      description = "Pages in the WARC to ingest. Default: ${DEFAULT-VALUE}.")
  int pages;

  @Option(
      names = "--search-articles",
      defaultValue = "100000",
      description =
          "Articles in the store searched (0 skips the search part). Default: ${DEFAULT-VALUE}.")
  int searchArticles;

  @Option(
      names = "--queries",
      defaultValue = "1000",
      description = "Timed searches. Default: ${DEFAULT-VALUE}.")
  int queries;

  @Option(names = "--threads", description = "Extraction threads. Default: the number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--seed",
      defaultValue = "20261129",
      description = "Seed of the generated news. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Work folder (kept). Default: a temporary folder, deleted after.")
  Path dir;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (pages < 1 || searchArticles < 0 || queries < 1 || threads < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--pages, --queries and --threads must be positive and --search-articles not negative");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path work =
        dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("annals-bench-");
    try {
      ObjectNode r = new ObjectMapper().createObjectNode();
      ingest(work, r, err);
      if (searchArticles > 0) {
        err.println(
            "filling a store with "
                + searchArticles
                + " generated articles for the search part...");
        StoreBench.Result s =
            StoreBench.run(work.resolve("search-store"), searchArticles, queries, seed);
        r.put("searchArticles", s.articles())
            .put("storeWritePerSecond", round(s.articlesPerSecond()))
            .put("queries", s.queries())
            .put("searchP50Ms", round(s.p50Millis()))
            .put("searchP99Ms", round(s.p99Millis()))
            .put("searchMaxMs", round(s.maxMillis()))
            .put("searchStoreBytes", s.bytes());
      }
      r.put("threads", threads)
          .put("cores", Runtime.getRuntime().availableProcessors())
          .put("java", System.getProperty("java.version"))
          .put("load", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
          .put("date", Instant.now().toString());
      out.println(json ? r.toPrettyString() : text(r));
      return ExitCodes.OK;
    } catch (IOException | StoreException e) {
      err.println("annals bench ingest: " + e.getMessage());
      return ExitCodes.NOTHING_SUCCEEDED;
    } finally {
      if (dir == null) {
        FileTrees.deleteQuietly(work);
      }
    }
  }

  private void ingest(Path work, ObjectNode r, PrintWriter err) throws IOException, StoreException {
    Path warc = work.resolve("synthetic.warc.gz");
    err.println("writing " + pages + " synthetic pages to " + warc + "...");
    long bytes = SyntheticWarc.write(warc, pages, seed);
    long cpu0 = cpuNanos();
    long t0 = System.nanoTime();
    IngestReport rep;
    try (Store store = Store.openForWriting(work.resolve("ingest-store"))) {
      IngestOptions o = new IngestOptions(Format.AUTO, threads, 200, Duration.ofSeconds(5));
      rep =
          new Ingestion(
                  store,
                  SourceOptions.defaults().withValidators(store.validators()),
                  o,
                  IngestListener.NONE)
              .run(List.of(warc.toString()));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (cpuNanos() - cpu0) / 1e9;
    r.put("pages", pages)
        .put("warcBytes", bytes)
        .put("ingested", rep.committed())
        .put("reprints", rep.reprints())
        .put("failed", rep.failed())
        .put("ingestSeconds", round(seconds))
        .put("ingestPerSecond", round(rep.committed() / seconds))
        .put("ingestCpuSeconds", round(cpu));
  }

  private static String text(ObjectNode r) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "bench ingest: %d pages (%.1f MB WARC), %d stored (%d reprints), %d failed%n",
            r.get("pages").asInt(),
            r.get("warcBytes").asLong() / 1e6,
            r.get("ingested").asLong(),
            r.get("reprints").asLong(),
            r.get("failed").asLong()));
    b.append(
        String.format(
            Locale.ROOT,
            "  ingest (extract + store)  %.1f articles/s  (%.1f s wall, %.1f s CPU, %d threads)%n",
            r.get("ingestPerSecond").asDouble(),
            r.get("ingestSeconds").asDouble(),
            r.get("ingestCpuSeconds").asDouble(),
            r.get("threads").asInt()));
    if (r.has("searchP99Ms")) {
      b.append(
          String.format(
              Locale.ROOT,
              "  search at %,d articles    p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d queries"
                  + " (store written at %.0f articles/s, %.1f GB)%n",
              r.get("searchArticles").asInt(),
              r.get("searchP50Ms").asDouble(),
              r.get("searchP99Ms").asDouble(),
              r.get("searchMaxMs").asDouble(),
              r.get("queries").asInt(),
              r.get("storeWritePerSecond").asDouble(),
              r.get("searchStoreBytes").asLong() / 1e9));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "  Java %s; %d cores; load average %.2f; %s",
            r.get("java").asText(),
            r.get("cores").asInt(),
            r.get("load").asDouble(),
            r.get("date").asText()));
    return b.toString();
  }

  /** CPU time of this process so far (all threads, JIT and GC included). */
  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
