package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.eval.BenchReport;
import org.annals.eval.EvalSet;
import org.annals.eval.EvalSetException;
import org.annals.eval.ExtractionBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals bench}: throughput of a stage. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure the throughput of a stage (see docs/benchmarks.md).",
    subcommands = {
      BenchCommand.Extraction.class,
      BenchIngestCommand.class,
      BenchAnnotateCommand.class,
      BenchServerCommand.class,
      CommandLine.HelpCommand.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: give extraction or ingest");
  }

  /** {@code annals bench extraction}. */
  @Command(
      name = "extraction",
      mixinStandardHelpOptions = true,
      description = {
        "Pages/s and MB/s of the HTML extractor on the Zyte benchmark pages, decompressed into memory first",
        "(no I/O is timed): one untimed warm-up pass, then SECONDS on one thread and SECONDS on --threads threads.",
        "Prints the figures with the Java version, the cores and the date."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the benchmark ran", "2:usage error", "3:the pages could not be read"})
  static final class Extraction implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin SharedOption shared;

    @Option(
        names = "--threads",
        description = "Threads for the parallel run. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
        names = "--seconds",
        paramLabel = "S",
        defaultValue = "10",
        description = "Seconds per timed run. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (threads <= 0 || !(seconds > 0)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--threads and --seconds must be positive (got " + threads + " and " + seconds + ")");
      }
      Path root = shared.folder();
      String missing = EvalCommand.missingShared(root);
      if (missing != null) {
        err.println("annals bench extraction: " + missing);
        return ExitCodes.NOTHING_SUCCEEDED;
      }
      try {
        BenchReport r = ExtractionBench.run(EvalSet.ZYTE, root, threads, seconds);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? r.toJson().toString() + System.lineSeparator() : r.text());
        out.flush();
        return ExitCodes.OK;
      } catch (EvalSetException e) {
        err.println("annals bench extraction: " + e.getMessage());
        return ExitCodes.NOTHING_SUCCEEDED;
      }
    }
  }
}
