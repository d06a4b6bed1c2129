package org.annals.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.export.EventCsv;
import org.annals.export.GdeltWriter;
import org.annals.export.MergedEventJson;
import org.annals.store.EventQuery;
import org.annals.store.MergedEvent;
import org.annals.store.Store;
import org.annals.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals events}: the store's events, merged across articles, filtered and exported. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "The events of the store (docs/event-schema-v1.md), merged across articles: mentions of the same dyad,",
      "CAMEO root (or occurrence type) and place within a day of each other are one event, with how many",
      "mentions, sources and articles report it (a wire story and its reprints count once) and every mention.",
      "Reads the store's tables: run it when no ingest is writing the store."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the events were written (possibly none)",
      "2:usage error",
      "3:the store could not be read or the file not written"
    })
final class EventsCommand implements Callable<Integer> {
  enum OutputFormat {
    table,
    jsonl,
    csv,
    gdelt,
    parquet
  }

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--dyad",
      paramLabel = "A-B",
      description =
          "Events between two actors, either way (RUS-IRN; prefixes: RUS is every Russian body).")
  String dyad;

  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description = "Events with this actor on either side.")
  String actor;

  @Option(names = "--cameo", paramLabel = "CODE", description = "A CAMEO code or prefix (03, 036).")
  String cameo;

  @Option(names = "--plover", paramLabel = "TYPE", description = "A PLOVER type (AGREE, CONSULT…).")
  String plover;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description =
          "interaction (coded political events) or occurrence (crashes, disasters, deaths).")
  String kind;

  @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this day.")
  LocalDate to;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = {
        "table, jsonl, csv (one row per event, a header), gdelt (GDELT 2.0 event export, 61 tab-separated columns; with --out, also",
        "FILE.mentions.tsv, GDELT's 16-column mentions table) or parquet (needs --out). Default: ${DEFAULT-VALUE}."
      })
  OutputFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    EventQuery q;
    try {
      String[] pair = dyad == null ? new String[] {null, null} : dyad.split("-", -1);
      if (pair.length != 2) {
        throw new IllegalArgumentException("--dyad is two actor codes joined by '-', as RUS-IRN");
      }
      q = new EventQuery(pair[0], pair[1], actor, cameo, plover, kind, from, to);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (format == OutputFormat.parquet && out == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format parquet writes a file: give --out FILE.parquet");
    }
    try (Store s = Store.openForWriting(store.dir)) {
      List<MergedEvent> events = s.events(q);
      switch (format) {
        case parquet -> s.writeParquet(events, out);
        case gdelt -> {
          write(w -> GdeltWriter.events(events, w), out);
          if (out != null) {
            write(w -> GdeltWriter.mentions(events, w), Path.of(out + ".mentions.tsv"));
          }
        }
        case jsonl -> write(w -> events.forEach(e -> w.println(MergedEventJson.of(e))), out);
        case csv -> write(w -> csv(events, w), out);
        case table -> write(w -> table(events, w), out);
      }
      if (out != null) {
        err.println("wrote " + events.size() + " events to " + out);
      }
      return ExitCodes.OK;
    } catch (StoreException | UncheckedIOException e) {
      err.println("annals events: " + e.getMessage());
      return ExitCodes.NOTHING_SUCCEEDED;
    }
  }

  private interface Body {
    void write(PrintWriter w);
  }

  private void write(Body body, Path file) {
    if (file == null) {
      PrintWriter w = spec.commandLine().getOut();
      body.write(w);
      w.flush();
      return;
    }
    try (PrintWriter w =
        new PrintWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
      body.write(w);
      if (w.checkError()) {
        throw new IOException("write failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void csv(List<MergedEvent> events, PrintWriter w) {
    try {
      EventCsv.write(events, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV: " + e.getMessage(), e);
    }
  }

  private static void table(List<MergedEvent> events, PrintWriter w) {
    if (events.isEmpty()) {
      w.println("no events");
      return;
    }
    for (MergedEvent e : events) {
      String what =
          e.cameo() != null
              ? e.cameo() + (e.plover() == null ? "" : " " + e.plover())
              : "occurrence: " + e.occurrence();
      String who =
          e.sourceCode() == null
              ? (e.targetCode() == null ? "" : "affecting " + e.targetCode())
              : e.sourceCode() + (e.targetCode() == null ? "" : " → " + e.targetCode());
      String where =
          e.placeName() == null
              ? ""
              : " @ " + e.placeName() + (e.placeCountry() == null ? "" : ", " + e.placeCountry());
      w.println(
          String.format(
              Locale.ROOT,
              "%s  %-28s %-22s%s  [%d mention%s, %d source%s, %d article%s]",
              e.date(),
              who,
              what,
              where,
              e.numMentions(),
              e.numMentions() == 1 ? "" : "s",
              e.numSources(),
              e.numSources() == 1 ? "" : "s",
              e.numArticles(),
              e.numArticles() == 1 ? "" : "s"));
    }
    w.println(events.size() + " events");
  }
}
