package org.annals.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.events.EventBench;
import org.annals.events.PetrarchEval;
import org.annals.events.PloverEval;
import org.annals.extract.Extractors;
import org.annals.extract.Format;
import org.annals.ingest.InputException;
import org.annals.ingest.Limits;
import org.annals.ingest.LocalFiles;
import org.annals.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals eval events petrarch|plover}: the event coder on the public event test sets. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "The event coder (issue 5) on the event test sets in ../shared/data/events:",
      "  petrarch  PETRARCH2 unit-test records through Annals' pipeline, actors from their test",
      "            dictionaries: exact- and root-code dyad precision/recall, no-event and must-reject",
      "            records;",
      "  plover    PLOVER gold records: PLOVER type precision and accuracy, actor, recipient and",
      "            location match;",
      "  speed     what coding adds to annotate time on examples/ and the seed article (one thread).",
      "The table goes to standard output, one JSON line per record to OUT/events-SET.jsonl."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the set was scored", "2:usage error", "3:the set could not be read"})
final class EvalEventsCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SET", description = "petrarch, plover or speed.")
  String set;

  @Mixin SharedOption shared;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "target/eval",
      description = "Where events-SET.jsonl goes. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description =
          "speed: seconds of interleaved annotate and code timings. Default: ${DEFAULT-VALUE}.")
  double seconds;

  @Option(
      names = "--article",
      paramLabel = "FILE",
      description = "speed: time these article files instead of the seed and examples/.")
  List<Path> articleFiles = new ArrayList<>();

  @Override
  public Integer call() {
    String name = set.toLowerCase(Locale.ROOT);
    if (!name.equals("petrarch") && !name.equals("plover") && !name.equals("speed")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Unknown event set '" + set + "'; give petrarch, plover or speed");
    }
    PrintWriter err = spec.commandLine().getErr();
    if (name.equals("speed")) {
      return speed(err);
    }
    Path folder = shared.folder().resolve("data/events");
    Path records = out.resolve("events-" + name + ".jsonl").toAbsolutePath();
    try {
      Files.createDirectories(records.getParent());
      String table;
      try (BufferedWriter w = Files.newBufferedWriter(records, StandardCharsets.UTF_8)) {
        table = name.equals("petrarch") ? petrarch(folder, w) : plover(folder, w);
      }
      spec.commandLine().getOut().print(table);
      spec.commandLine().getOut().flush();
      err.println("per-record results: " + records);
      return ExitCodes.OK;
    } catch (IOException | UncheckedIOException e) {
      err.println(
          "annals eval events: cannot read "
              + folder
              + " or write "
              + records
              + ": "
              + e.getMessage()
              + "; run from the project folder next to ../shared, or give --shared DIR and --out DIR");
      return ExitCodes.NOTHING_SUCCEEDED;
    }
  }

  private int speed(PrintWriter err) {
    List<Article> articles = new ArrayList<>();
    List<Path> files = new ArrayList<>(articleFiles);
    if (files.isEmpty()) {
      files.add(shared.folder().resolve("corpus/seed/000_968a5fd984a47838.txt"));
    }
    for (String sub :
        articleFiles.isEmpty() ? List.of("examples/scraped", "examples/html") : List.<String>of()) {
      try (Stream<Path> s = Files.list(Path.of(sub))) {
        s.filter(p -> !p.toString().endsWith(".gz")).sorted().forEach(files::add);
      } catch (IOException e) {
        err.println("annals eval events speed: no " + sub + " here (" + e.getMessage() + ")");
      }
    }
    for (Path f : files) {
      try {
        articles.add(
            Extractors.of(Format.AUTO)
                .extract(LocalFiles.read(f, Limits.DEFAULT_MAX_BYTES))); // .gz too, as extract
      } catch (InputException | RuntimeException e) {
        err.println("annals eval events speed: skipped " + f + ": " + e.getMessage());
      }
    }
    if (articles.isEmpty()) {
      err.println(
          "annals eval events speed: no article could be read; run from the project folder");
      return ExitCodes.NOTHING_SUCCEEDED;
    }
    spec.commandLine().getOut().print(EventBench.run(articles, seconds).table());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private static String petrarch(Path folder, BufferedWriter w) throws IOException {
    return PetrarchEval.run(
            folder.resolve("petrarch2"),
            o ->
                line(
                    w,
                    "{\"id\":"
                        + quote(o.id())
                        + ",\"kind\":"
                        + quote(o.kind())
                        + ",\"expected\":"
                        + quote(new TreeSet<>(o.expected()).toString())
                        + ",\"got\":"
                        + quote(new TreeSet<>(o.got()).toString())
                        + "}"))
        .table();
  }

  private static String plover(Path folder, BufferedWriter w) throws IOException {
    return PloverEval.run(
            folder.resolve("plover/PLOVER_GSR_CAMEO.json"),
            o ->
                line(
                    w,
                    "{\"id\":"
                        + quote(o.id())
                        + ",\"gold\":"
                        + quote(o.gold())
                        + ",\"got\":"
                        + quote(o.got())
                        + ",\"cameo\":"
                        + quote(o.cameo())
                        + "}"))
        .table();
  }

  private static String quote(String s) {
    return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void line(BufferedWriter w, String json) {
    try {
      w.write(json);
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
