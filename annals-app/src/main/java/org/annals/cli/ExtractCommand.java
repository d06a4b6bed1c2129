package org.annals.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.extract.Extractors;
import org.annals.extract.Format;
import org.annals.ingest.FetchOptions;
import org.annals.ingest.HttpFetcher;
import org.annals.ingest.Input;
import org.annals.ingest.InputException;
import org.annals.ingest.Limits;
import org.annals.model.Article;
import org.annals.model.ArticleJson;
import org.annals.pipeline.Extraction;
import org.annals.pipeline.OrderedParallel;
import org.annals.pipeline.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals extract}: inputs to article JSON (schema v1). */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract articles (article schema v1, docs/article-schema-v1.md) from news pages.",
      "One JSON object per input on standard output: pretty-printed for a single input, one line each with --jsonl.",
      "A summary (done, with warnings, failed and why) goes to standard error."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input extracted (warnings allowed)",
      "1:some inputs failed; the others were written",
      "2:usage error",
      "3:nothing was extracted"
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "A file (.gz too), a directory (recursive, sorted), '-' for standard input, or an http(s) URL.")
  List<String> inputs;

  @Option(
      names = "--format",
      defaultValue = "auto",
      description =
          "auto, scraped (the seed's page-text form), html or text. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--jsonl", description = "One JSON object per line, in input order.")
  boolean jsonl;

  @Option(
      names = "--max-bytes",
      defaultValue = "" + Limits.DEFAULT_MAX_BYTES,
      description =
          "Read at most this many bytes of one input, after decompression. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(
      names = "--allow-private",
      description = "Allow fetching loopback, private and link-local addresses.")
  boolean allowPrivate;

  @Option(names = "--threads", description = "Worker threads. Default: the number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = {"-q", "--quiet"},
      description = "No summary on standard error; failures are still printed.")
  boolean quiet;

  /** What {@code -} reads; tests put their own stream here. */
  InputStream stdin = System.in;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxBytes <= 0 || threads <= 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--max-bytes and --threads must be positive (got " + maxBytes + " and " + threads + ")");
    }
    List<Input> all;
    try {
      all = Input.expand(inputs);
    } catch (InputException e) {
      err.println("annals extract: " + e.getMessage());
      return ExitCodes.NOTHING_SUCCEEDED;
    }
    if (all.isEmpty()) {
      err.println("annals extract: no input files found in " + String.join(", ", inputs));
      return ExitCodes.NOTHING_SUCCEEDED;
    }
    HttpFetcher fetcher =
        new HttpFetcher(
            FetchOptions.defaults().withAllowPrivate(allowPrivate).withMaxBytes(maxBytes));
    Extraction extraction = new Extraction(Extractors.of(format), fetcher, stdin, maxBytes);
    Summary summary = new Summary();
    boolean pretty = !jsonl && all.size() == 1;
    OrderedParallel.run(all, threads, extraction::apply, o -> write(o, pretty, out, err, summary));
    out.flush();
    if (!quiet) {
      err.println(summary.line(all.size()));
    }
    return ExitCodes.of(summary.ok, summary.failed);
  }

  private void write(
      Outcome<Article> o, boolean pretty, PrintWriter out, PrintWriter err, Summary s) {
    if (!o.succeeded()) {
      s.failed++;
      err.println("FAILED " + o.error());
      return;
    }
    Article a = o.value();
    s.ok++;
    if (!a.warnings().isEmpty()) {
      s.warned++;
    }
    out.println(pretty ? ArticleJson.toPretty(a) : ArticleJson.toLine(a));
  }

  /** Counts for the closing summary. */
  private static final class Summary {
    int ok;
    int warned;
    int failed;

    String line(int total) {
      return "extracted "
          + ok
          + " of "
          + total
          + " input"
          + (total == 1 ? "" : "s")
          + ": "
          + (ok - warned)
          + " clean, "
          + warned
          + " with warnings, "
          + failed
          + " failed";
    }
  }
}
