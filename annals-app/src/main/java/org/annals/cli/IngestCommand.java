package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.extract.Format;
import org.annals.ingest.FetchOptions;
import org.annals.ingest.SourceOptions;
import org.annals.ingestion.IngestOptions;
import org.annals.ingestion.IngestReport;
import org.annals.ingestion.Ingestion;
import org.annals.nlp.Annotator;
import org.annals.store.Store;
import org.annals.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals ingest}: sources into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read news into the store: extract each article, annotate it (people, organisations and places",
      "resolved to actors with their roles, times, quotes; docs/annotation-schema-v1.md), store it once",
      "(by canonical URL, else content), group reprints of one story, and commit in batches together with",
      "each source's checkpoint, so an interrupted run resumes where it stopped and stores nothing twice.",
      "An article read again unchanged is not annotated again."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every item stored or skipped on purpose",
      "1:some items or sources failed; the rest were stored",
      "2:usage error",
      "3:nothing was stored (every item failed, or the store could not be opened)"
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(
      arity = "1..*",
      paramLabel = "SOURCE",
      description = {
        "A file or folder (scraped text, HTML, .gz), an http(s) article URL, an RSS/Atom feed,",
        "a sitemap or news sitemap (indexes too), or a WARC / WARC.gz file. Prefix feed:, sitemap:",
        "or warc: when the kind cannot be told from the content."
      })
  List<String> sources;

  @Option(
      names = "--format",
      defaultValue = "auto",
      description = "auto, scraped, html or text. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--allow-private",
      description = "Allow fetching loopback, private and link-local addresses.")
  boolean allowPrivate;

  @Option(
      names = "--delay",
      defaultValue = "1000",
      paramLabel = "MS",
      description =
          "Milliseconds between two requests to one host (robots.txt may ask for more). Default: ${DEFAULT-VALUE}.")
  long delayMillis;

  @Option(
      names = "--max-items",
      defaultValue = "" + SourceOptions.DEFAULT_MAX_ITEMS,
      description = "Items read from one feed or sitemap at most. Default: ${DEFAULT-VALUE}.")
  int maxItems;

  @Option(
      names = "--max-bytes",
      defaultValue = "10485760",
      description = "Cap on one page after decompression. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(names = "--threads", description = "Extraction threads. Default: the number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--batch-size",
      defaultValue = "200",
      description = "Articles per commit. Default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Option(
      names = "--no-annotate",
      description =
          "Store articles without annotating them (fast; annotate later by ingesting again).")
  boolean noAnnotate;

  @Mixin ActorsOption actors;

  @Option(
      names = {"-q", "--quiet"},
      description = "Only failures and the summary on standard error.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    requirePositive();
    Annotator annotator = null;
    if (!noAnnotate) {
      try {
        annotator = actors.annotator();
      } catch (IOException e) {
        err.println("annals ingest: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    Progress progress = new Progress(err, Terminal.interactive(), quiet);
    try (Store s = Store.openForWriting(store.dir)) {
      IngestReport r =
          new Ingestion(
                  s, sourceOptions().withValidators(s.validators()), options(annotator), progress)
              .run(sources);
      progress.done();
      summary(err, r, progress);
      long ok = r.committed() + r.skipped();
      long bad = r.failed() + r.failedSources();
      return ok + bad == 0
          ? ExitCodes.OK
          : ExitCodes.of(
              (int) Math.min(ok, Integer.MAX_VALUE), (int) Math.min(bad, Integer.MAX_VALUE));
    } catch (StoreException e) {
      progress.done();
      err.println("annals ingest: " + e.getMessage());
      return ExitCodes.NOTHING_SUCCEEDED;
    }
  }

  private void requirePositive() {
    if (threads < 1 || batchSize < 1 || maxBytes < 1 || maxItems < 1 || delayMillis < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT,
              "--threads, --batch-size and --max-bytes must be positive and --delay not negative (got %d, %d, %d, %d)",
              threads,
              batchSize,
              maxBytes,
              delayMillis));
    }
  }

  private SourceOptions sourceOptions() {
    FetchOptions fetch =
        FetchOptions.defaults().withAllowPrivate(allowPrivate).withMaxBytes(maxBytes);
    return SourceOptions.defaults()
        .withFetch(fetch)
        .withHostDelay(Duration.ofMillis(delayMillis))
        .withMaxItems(maxItems);
  }

  private IngestOptions options(Annotator annotator) {
    return new IngestOptions(format, threads, batchSize, Duration.ofSeconds(5), annotator);
  }

  private void summary(PrintWriter err, IngestReport r, Progress p) {
    err.printf(
        Locale.ROOT,
        "ingested into %s: %s new, %s updated, %s duplicates, %s reprints, %s skipped, %s failed%s (%.1f s, %.1f items/s)%n",
        store.dir,
        Terminal.count(r.added()),
        Terminal.count(r.updated()),
        Terminal.count(r.duplicates()),
        Terminal.count(r.reprints()),
        Terminal.count(r.skipped()),
        Terminal.count(r.failed()),
        r.failedSources() == 0 ? "" : ", " + r.failedSources() + " source(s) unreadable",
        p.seconds(),
        p.rate());
    if (!r.failures().isEmpty() && quiet) {
      err.println("failures (first " + r.failures().size() + "):");
      r.failures().forEach(f -> err.println("  " + f));
    }
  }
}
