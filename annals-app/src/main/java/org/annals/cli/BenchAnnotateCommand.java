package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.extract.Extractors;
import org.annals.extract.Format;
import org.annals.ingest.FetchOptions;
import org.annals.ingest.HttpFetcher;
import org.annals.ingest.Input;
import org.annals.ingest.InputException;
import org.annals.ingest.Limits;
import org.annals.model.Article;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.Annotator;
import org.annals.pipeline.Extraction;
import org.annals.pipeline.Outcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals bench annotate}: speed, heap and cold start of the NLP stage. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Speed of the NLP stage (annotate) on seed-length news articles:",
      "1. cold start: a new JVM runs 'annals annotate' on the first article as bin/annals does for one file",
      "   (client compiler only), events included; wall time to its output;",
      "2. load: models and tables loaded in this JVM (the first article's annotation);",
      "3. articles/s and tokens/s on one thread, then on --threads threads, SECONDS each;",
      "4. peak heap used. Inputs default to the team's examples/ plus the seed article from ../shared.",
      "Targets (issue 4): >= 10 articles/s on 2 cores, <= 2 GiB heap, cold start <= 5 s."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the benchmark ran", "2:usage error", "3:no input article could be read"})
final class BenchAnnotateCommand implements Callable<Integer> {
  private static final Path SEED = Path.of("corpus", "seed", "000_968a5fd984a47838.txt");

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description = "Files or folders of articles. Default: examples/ and the seed article.")
  List<Path> inputs = new ArrayList<>();

  @Mixin SharedOption shared;

  @Option(names = "--threads", description = "Threads for the parallel run. Default: the cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "20",
      description = "Seconds per timed run. Default: ${DEFAULT-VALUE}.")
  double seconds;

  @Option(names = "--no-cold-start", description = "Skip the child-JVM cold start measurement.")
  boolean noColdStart;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads <= 0 || !(seconds > 0)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--threads and --seconds must be positive (got " + threads + " and " + seconds + ")");
    }
    List<Path> paths = new ArrayList<>(inputs);
    if (paths.isEmpty()) {
      paths.add(Path.of("examples"));
      Path seed = shared.folder().resolve(SEED);
      if (Files.isRegularFile(seed)) {
        paths.add(seed);
      } else {
        err.println("annals bench annotate: no seed article at " + seed + "; using examples/ only");
      }
    }
    List<Article> articles = read(paths, err);
    if (articles.isEmpty()) {
      err.println("annals bench annotate: no article could be read from " + paths);
      return ExitCodes.NOTHING_SUCCEEDED;
    }
    ObjectNode r = new ObjectMapper().createObjectNode();
    r.put("date", Instant.now().toString())
        .put("cores", Runtime.getRuntime().availableProcessors())
        .put("java", System.getProperty("java.version"))
        .put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20)
        .put("articles", articles.size())
        .put("meanChars", articles.stream().mapToInt(a -> a.text().length()).average().orElse(0));
    if (!noColdStart) {
      r.put("coldStartSeconds", round(coldStart(firstFile(paths))));
    }
    long t0 = System.nanoTime();
    Annotator.standard().annotate(articles.get(0));
    r.put("loadSeconds", round((System.nanoTime() - t0) / 1e9));
    for (Article a : articles) {
      Annotator.standard().annotate(a); // warm-up pass, untimed
    }
    resetPeaks();
    double[] one = run(articles, 1);
    r.put("articlesPerSecond1", round(one[0])).put("tokensPerSecond1", Math.round(one[1]));
    double[] many = run(articles, threads);
    r.put("threads", threads)
        .put("articlesPerSecond", round(many[0]))
        .put("tokensPerSecond", Math.round(many[1]));
    System.gc();
    r.put("peakHeapMiB", peakHeap() >> 20)
        .put("load", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    if (json) {
      out.println(r.toString());
    } else {
      out.printf(
          Locale.ROOT,
          "annotate: %d articles (mean %.0f chars), %d cores, Java %s, max heap %d MiB, load %.2f%n",
          articles.size(),
          r.get("meanChars").asDouble(),
          r.get("cores").asInt(),
          r.get("java").asText(),
          r.get("maxHeapMiB").asLong(),
          r.get("load").asDouble());
      if (r.has("coldStartSeconds")) {
        out.printf(
            Locale.ROOT,
            "  cold start (new JVM to first result): %.2f s%n",
            r.get("coldStartSeconds").asDouble());
      }
      out.printf(
          Locale.ROOT,
          "  load in this JVM (first article): %.2f s%n",
          r.get("loadSeconds").asDouble());
      out.printf(
          Locale.ROOT, "  1 thread:  %.1f articles/s, %d tokens/s%n", one[0], Math.round(one[1]));
      out.printf(
          Locale.ROOT,
          "  %d threads: %.1f articles/s, %d tokens/s%n",
          threads,
          many[0],
          Math.round(many[1]));
      out.printf(Locale.ROOT, "  peak heap used: %d MiB%n", r.get("peakHeapMiB").asLong());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static List<Article> read(List<Path> paths, PrintWriter err) {
    List<Article> out = new ArrayList<>();
    List<Input> files;
    try {
      files = Input.expand(paths.stream().map(Path::toString).toList());
    } catch (InputException e) {
      err.println("annals bench annotate: " + e.getMessage());
      return out;
    }
    Extraction extraction =
        new Extraction(
            Extractors.of(Format.AUTO),
            new HttpFetcher(FetchOptions.defaults()),
            InputStream.nullInputStream(),
            Limits.DEFAULT_MAX_BYTES);
    for (Input in : files) {
      if (in.source().endsWith(".md")) {
        continue;
      }
      Outcome<Article> a = extraction.apply(in);
      if (a.succeeded()) {
        out.add(a.value());
      } else {
        err.println("annals bench annotate: skipping " + a.error());
      }
    }
    return out;
  }

  private static Path firstFile(List<Path> paths) throws IOException {
    for (Path p : paths) {
      if (Files.isRegularFile(p)) {
        return p;
      }
      if (Files.isDirectory(p)) {
        try (var s = Files.walk(p)) {
          var f =
              s.filter(Files::isRegularFile)
                  .filter(x -> !x.toString().endsWith(".md"))
                  .sorted()
                  .findFirst();
          if (f.isPresent()) {
            return f.get();
          }
        }
      }
    }
    throw new IOException("no input file in " + paths);
  }

  /** Seconds from starting a new JVM running {@code annotate file} to its exit with output. */
  private static double coldStart(Path file) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // as bin/annals runs a one-file annotate: the client compiler alone starts faster
    List<String> command =
        List.of(
            java,
            "-XX:TieredStopAtLevel=1",
            "-Dfile.encoding=UTF-8",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "annotate",
            file.toString());
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || output.length == 0) {
      throw new IOException("the cold-start run of 'annals annotate " + file + "' failed");
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Articles/s and tokens/s of {@code n} threads annotating the articles round-robin. */
  private double[] run(List<Article> articles, int n) throws Exception {
    AtomicLong done = new AtomicLong();
    AtomicLong tokens = new AtomicLong();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<?>> futures = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int t = 0; t < n; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = offset; System.nanoTime() < deadline; i++) {
                    AnnotatedArticle a =
                        Annotator.standard().annotate(articles.get(i % articles.size()));
                    tokens.addAndGet(a.tokens().size());
                    done.incrementAndGet();
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      return new double[] {done.get() / s, tokens.get() / s};
    } finally {
      pool.shutdownNow();
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
