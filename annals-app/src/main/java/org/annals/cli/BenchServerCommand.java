package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.bench.ServerBench;
import org.annals.internal.FileTrees;
import org.annals.server.AnnalsServer;
import org.annals.server.ServerOptions;
import org.annals.store.SearchQuery;
import org.annals.store.Store;
import org.annals.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals bench server}: requests/s and latency of the REST API on a large store. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = {
      "Requests/s, p50 and p99 of the REST API over real HTTP on loopback: fills a store with",
      "--articles generated articles and 0-3 generated events each (no third-party text, no NLP),",
      "starts the server, then runs --clients client threads (each on its own keep-alive",
      "connection, waiting for each answer) for --seconds on each of search, article and series",
      "(the same 45 queries in turn, so mostly answered from the server's caches) and series-cold",
      "(every request a new query). With --rate: open loop instead, R requests/s of a reader's",
      "mix sent on --connections keep-alive connections, each timed from its planned send time.",
      "--dir keeps (and on a second run reuses) the store."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the benchmark ran without a failed request",
      "1:some requests failed (not 200, or no answer within 30 s)",
      "2:usage error",
      "3:it could not run (disk, store, port)"
    })
final class BenchServerCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--articles",
      defaultValue = "100000",
      description = "Articles in the store. Default: ${DEFAULT-VALUE}.")
  int articles;

  @Option(
      names = "--seconds",
      defaultValue = "20",
      description = "Seconds per endpoint. Default: ${DEFAULT-VALUE}.")
  double seconds;

  @Option(
      names = "--clients",
      defaultValue = "4",
      description = "Client threads. Default: ${DEFAULT-VALUE}.")
  int clients;

  @Option(
      names = "--seed",
      defaultValue = "20261129",
      description = "Seed of the generated news. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--rate",
      paramLabel = "R",
      description =
          "Instead of the per-endpoint runs: a fixed-rate load of R requests/s for --seconds, a"
              + " reader's mix: 60%% articles, 20%% series, 10%% searches, 10%% health (issue 7's load"
              + " run: --rate 500 --seconds 60).")
  int rate;

  @Option(
      names = "--warm-up",
      paramLabel = "S",
      defaultValue = "10",
      description =
          "With --rate: S seconds of the same mix at the same rate before the timed run, untimed"
              + " (the JIT compiles the paths the mix takes). Default: ${DEFAULT-VALUE}.")
  double warmUp;

  @Option(
      names = "--connections",
      defaultValue = "16",
      description =
          "With --rate: the keep-alive connections the requests are sent on (the first free one"
              + " sends the next planned request). Default: ${DEFAULT-VALUE}.")
  int connections;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "Instead of starting a server: load the one running at URL (as http://127.0.0.1:7070),"
              + " whose store a bench server run filled with the same --articles and --seed (so"
              + " the client runs in its own JVM, or on another machine).")
  String url;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description =
          "The store folder (kept; reused when it holds the articles). Default: a"
              + " temporary folder, deleted after.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (articles < 1 || !(seconds > 0) || clients < 1 || connections < 1 || warmUp < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--articles, --seconds, --clients and --connections must be positive, --warm-up not"
              + " negative");
    }
    if (url != null) {
      if (!url.matches("http://[^/?#]+:[0-9]{1,5}/?")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--url must be a server's base URL with its port, as http://127.0.0.1:7070; got '"
                + url
                + "'");
      }
      try {
        return run(url.replaceAll("/+$", ""), generatedIds(), out);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ExitCodes.NOTHING_SUCCEEDED;
      }
    }
    Path store = dir;
    boolean temporary = store == null;
    try {
      if (temporary) {
        store = Files.createTempDirectory("annals-bench-server");
      }
      List<String> ids = prepare(store, err);
      try (AnnalsServer server = AnnalsServer.start(ServerOptions.onAnyPort(store), err)) {
        return run(server.url(), ids, out);
      }
    } catch (IOException | StoreException | IllegalStateException | UncheckedIOException e) {
      err.println("annals bench server: " + e.getMessage());
      return ExitCodes.NOTHING_SUCCEEDED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.NOTHING_SUCCEEDED;
    } finally {
      if (temporary && store != null) {
        FileTrees.deleteQuietly(store);
      }
    }
  }

  /** Runs the benchmark against the server at {@code url}; returns the exit code. */
  private int run(String url, List<String> ids, PrintWriter out) throws InterruptedException {
    List<String> searches = ServerBench.searchPaths(seed, 1000);
    List<String> dyads = ServerBench.dyads();
    String[] intervals = {"day", "week", "month"};
    // untimed warm-up of every endpoint (with --rate, at most --warm-up seconds each)
    double w = rate > 0 ? Math.min(3, warmUp) : 3;
    if (w > 0) {
      ServerBench.load(url, "warm-up", i -> searches.get(i % searches.size()), clients, w);
      ServerBench.load(
          url, "warm-up", i -> "/api/articles/" + ids.get(i % ids.size()), clients, w * 2 / 3);
      ServerBench.load(
          url, "warm-up", i -> "/api/series?dyad=" + dyads.get(i % dyads.size()), clients, w);
    }
    List<ServerBench.Figures> figures = new ArrayList<>();
    if (rate > 0) {
      java.util.function.IntFunction<String> mix =
          i ->
              switch (i % 10) {
                case 0 -> searches.get((i / 10) % searches.size());
                case 1 -> "/api/health";
                case 2, 3 -> "/api/series?dyad=" + dyads.get((i / 10) % dyads.size());
                default -> "/api/articles/" + ids.get((int) ((i * 7919L) % ids.size()));
              };
      if (warmUp > 0) {
        ServerBench.fixedRate(
            url, "warm-up", i -> mix.apply(i + 5_000_000), rate, warmUp, connections);
      }
      double loadBefore = loadAverage();
      figures.add(
          ServerBench.fixedRate(url, "mixed@" + rate + "/s", mix, rate, seconds, connections));
      return report(
          out,
          figures,
          String.format(
              Locale.ROOT,
              "fixed rate %d/s for %s s after %s s untimed on %d connections, load average"
                  + " %.2f before, %.2f after",
              rate,
              seconds,
              warmUp,
              connections,
              loadBefore,
              loadAverage()));
    }
    figures.add(
        ServerBench.load(url, "search", i -> searches.get(i % searches.size()), clients, seconds));
    figures.add(
        ServerBench.load(
            url,
            "article",
            i -> "/api/articles/" + ids.get((int) ((i * 7919L) % ids.size())),
            clients,
            seconds));
    figures.add(
        ServerBench.load(
            url,
            "series",
            i ->
                "/api/series?dyad="
                    + dyads.get(i % dyads.size())
                    + "&interval="
                    + intervals[(i / dyads.size()) % 3],
            clients,
            seconds));
    // every request a new query (its own end day), so none is answered from the cache
    figures.add(
        ServerBench.load(
            url,
            "series-cold",
            i ->
                "/api/series?dyad="
                    + dyads.get(i % dyads.size())
                    + "&interval=month&from=2023-01-01&to="
                    + java.time.LocalDate.of(2024, 1, 1).plusDays(i / dyads.size()),
            clients,
            seconds));
    return report(
        out,
        figures,
        String.format(
            Locale.ROOT,
            "%d clients, %s s per endpoint, load average %.2f after",
            clients,
            seconds,
            loadAverage()));
  }

  private int report(PrintWriter out, List<ServerBench.Figures> figures, String how) {
    out.printf(
        Locale.ROOT,
        "bench server: %,d articles, %s, %d cores, Java %s, %s%n",
        articles,
        how,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    out.println("endpoint        requests/s   p50 ms   p99 ms   max ms   requests   errors");
    for (ServerBench.Figures f : figures) {
      out.printf(
          Locale.ROOT,
          "%-14s %11.1f %8.1f %8.1f %8.1f %10d %8d%n",
          f.endpoint(),
          f.perSecond(),
          f.p50Millis(),
          f.p99Millis(),
          f.maxMillis(),
          f.requests(),
          f.errors());
    }
    out.flush();
    return figures.stream().anyMatch(f -> f.errors() > 0) ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  /** The system's load average over the last minute (-1 where the system does not tell). */
  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** The ids of the articles a bench store of --articles and --seed holds. */
  private List<String> generatedIds() {
    List<String> ids = new ArrayList<>(articles);
    org.annals.store.StoreBench.articles(seed, articles).forEachRemaining(a -> ids.add(a.id()));
    return ids;
  }

  private List<String> prepare(Path store, PrintWriter err) throws StoreException {
    try (Store s = Store.openForWriting(store)) {
      long have = s.search(SearchQuery.of(null, 1)).total();
      if (have == 0) {
        err.printf(Locale.ROOT, "bench server: filling %s with %,d articles…%n", store, articles);
        err.flush();
        long t0 = System.nanoTime();
        List<String> ids = ServerBench.fill(s, articles, seed);
        err.printf(Locale.ROOT, "bench server: filled in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        return ids;
      }
      err.printf(Locale.ROOT, "bench server: reusing the %,d articles in %s%n", have, store);
      List<String> ids = new ArrayList<>();
      var it = org.annals.store.StoreBench.articles(seed, (int) Math.min(have, articles));
      it.forEachRemaining(a -> ids.add(a.id()));
      return ids;
    }
  }
}
