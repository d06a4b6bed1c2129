package org.annals.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.eval.EvalReport;
import org.annals.eval.EvalSet;
import org.annals.eval.EvalSetException;
import org.annals.eval.ExtractionEval;
import org.annals.eval.PageResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals eval}: measures a stage on the public test sets in {@code ../shared}. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure a stage on the public test sets in ../shared (see docs/benchmarks.md).",
    subcommands = {
      EvalCommand.Extraction.class,
      EvalTemporalCommand.class,
      EvalEventsCommand.class,
      CommandLine.HelpCommand.class
    })
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: give extraction, temporal or events");
  }

  /**
   * The shared folder: {@code given}, else the system property {@code annals.shared}, else {@code
   * ../shared} from the working directory.
   */
  static Path sharedFolder(Path given) {
    if (given != null) {
      return given.toAbsolutePath().normalize();
    }
    String p = System.getProperty("annals.shared");
    return Path.of(p == null || p.isBlank() ? "../shared" : p).toAbsolutePath().normalize();
  }

  /** The message for a missing shared folder, or {@code null} when it is there. */
  static String missingShared(Path shared) {
    if (Files.isDirectory(shared.resolve("data").resolve("extraction"))) {
      return null;
    }
    return "the shared test sets are not at "
        + shared
        + " (no data/extraction there); run from the project folder"
        + " next to ../shared, or give --shared DIR";
  }

  /** The set named {@code name}, or a usage error that lists the sets. */
  static EvalSet set(CommandSpec spec, String name) {
    try {
      return EvalSet.parse(name);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** {@code annals eval extraction SET}. */
  @Command(
      name = "extraction",
      mixinStandardHelpOptions = true,
      description = {
        "Run the HTML extractor over one test set and score it against the set's ground truth: body shingle"
            + " precision/recall/F1 (the Zyte metric, bootstrap std) on zyte, naeb and readability; segment"
            + " precision/recall/accuracy/F1 on trafilatura; htmldate's date precision/recall/accuracy/F on"
            + " htmldate; headline, author, day and language agreement wherever the set annotates them.",
        "The table (or --json) goes to standard output, one JSON line per page to OUT/SET-pages.jsonl."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:the set was evaluated (pages that failed count as empty output and are listed)",
        "2:usage error (unknown set, bad option)",
        "3:the set could not be read, or the per-page file could not be written"
      })
  static final class Extraction implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "SET",
        description = "zyte, naeb, htmldate, trafilatura or readability.")
    String setName;

    @Mixin SharedOption shared;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        defaultValue = "target/eval",
        description = "Where SET-pages.jsonl goes. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--threads", description = "Worker threads. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
        names = "--limit",
        description = "Evaluate only the first N pages by id (0: all). Default: ${DEFAULT-VALUE}.",
        defaultValue = "0")
    int limit;

    @Option(
        names = "--json",
        description = "Print the figures as one JSON object instead of a table.")
    boolean json;

    @Option(
        names = "--against",
        paramLabel = "DIR",
        description =
            "Score the body against another extractor's texts in DIR instead of the set's truth"
                + " (one DIR/<page path under data/extraction>.txt per page, as"
                + " tools/second-opinion writes them): where the two disagree, one is wrong."
                + " Works on every set, htmldate's pages included.")
    Path against;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      EvalSet set = set(spec, setName);
      if (threads <= 0 || limit < 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--threads must be positive and --limit >= 0 (got " + threads + " and " + limit + ")");
      }
      Path root = shared.folder();
      String missing = missingShared(root);
      if (missing != null) {
        err.println("annals eval extraction: " + missing);
        return ExitCodes.NOTHING_SUCCEEDED;
      }
      Path pagesFile = out.resolve(set.shortName() + "-pages.jsonl").toAbsolutePath();
      try {
        EvalReport report = evaluate(set, root, pagesFile);
        PrintWriter o = spec.commandLine().getOut();
        o.print(json ? report.toJson().toString() + System.lineSeparator() : report.table());
        o.flush();
        err.println("per-page results: " + pagesFile);
        return ExitCodes.OK;
      } catch (EvalSetException e) {
        err.println("annals eval extraction: " + e.getMessage());
      } catch (IOException | UncheckedIOException e) {
        err.println(
            "annals eval extraction: cannot write "
                + pagesFile
                + ": "
                + e.getMessage()
                + "; give a writable folder with --out DIR");
      }
      return ExitCodes.NOTHING_SUCCEEDED;
    }

    private EvalReport evaluate(EvalSet set, Path root, Path pagesFile)
        throws IOException, EvalSetException {
      Files.createDirectories(pagesFile.getParent());
      try (BufferedWriter w = Files.newBufferedWriter(pagesFile, StandardCharsets.UTF_8)) {
        return ExtractionEval.run(
            set,
            root,
            threads,
            limit,
            against == null ? null : against.toAbsolutePath().normalize(),
            r -> writeLine(w, r));
      }
    }

    private static void writeLine(BufferedWriter w, PageResult r) {
      try {
        w.write(r.toJson().toString());
        w.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
