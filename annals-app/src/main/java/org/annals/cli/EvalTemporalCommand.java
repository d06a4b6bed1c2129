package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.time.TemporalEval;
import org.annals.time.TemporalReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals eval temporal}: TIMEX3 extent and value scores on TempEval-3 platinum. */
@Command(
    name = "temporal",
    mixinStandardHelpOptions = true,
    description = {
      "Time expressions found and normalised by Annals' tagger, scored on the TempEval-3 platinum set",
      "(../shared/data/temporal/te3-platinum; scored, never tuned on): TIMEX3 extent (strict, relaxed),",
      "value and type precision/recall/F1, micro-averaged as the official TempEval-3 script does, with one",
      "line per document. Target (issue 4): value F1 >= 0.80."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the set was scored", "2:usage error", "3:the set could not be read"})
final class EvalTemporalCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin SharedOption shared;

  @Option(
      names = "--set",
      paramLabel = "DIR",
      description = "A folder of TimeML .tml files instead of TE3 platinum.")
  Path set;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path folder = set != null ? set : shared.folder().resolve("data/temporal/te3-platinum");
    if (!Files.isDirectory(folder)) {
      err.println(
          "annals eval temporal: no TimeML folder at "
              + folder
              + "; run from the project folder next to ../shared, or give --shared DIR or --set DIR");
      return ExitCodes.NOTHING_SUCCEEDED;
    }
    try {
      TemporalReport r = TemporalEval.run(folder);
      if (r.gold() == 0) {
        err.println("annals eval temporal: no TIMEX3 found in the .tml files of " + folder);
        return ExitCodes.NOTHING_SUCCEEDED;
      }
      if (json) {
        out.println(
            String.format(
                Locale.ROOT,
                "{\"set\":\"%s\",\"gold\":%d,\"system\":%d,\"strictF1\":%.4f,\"relaxedF1\":%.4f,"
                    + "\"valuePrecision\":%.4f,\"valueRecall\":%.4f,\"valueF1\":%.4f,\"typeF1\":%.4f}",
                folder.getFileName(),
                r.gold(),
                r.system(),
                r.strictF1(),
                r.relaxedF1(),
                r.valuePrecision(),
                r.valueRecall(),
                r.valueF1(),
                r.typeF1()));
      } else {
        out.print(r.table());
      }
      out.flush();
      return ExitCodes.OK;
    } catch (IOException e) {
      err.println("annals eval temporal: cannot read " + folder + ": " + e.getMessage());
      return ExitCodes.NOTHING_SUCCEEDED;
    }
  }
}
