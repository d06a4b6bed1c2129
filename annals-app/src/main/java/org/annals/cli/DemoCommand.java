package org.annals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals demo}: the sample articles ingested and served, for a first look. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest the sample articles in examples/ (written by the Annals team) into a demo store,",
      "then serve it (as annals serve) and print the URL to open. Running it again reuses the",
      "store: unchanged articles are not annotated again."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped normally",
      "2:usage error",
      "3:the samples could not be ingested or the server could not start"
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ServerMixin server;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "annals-demo",
      description = "The demo store folder. Default: ./${DEFAULT-VALUE}.")
  Path store;

  @Option(
      names = "--examples",
      paramLabel = "DIR",
      description = "The sample articles. Default: examples/ of the Annals checkout.")
  Path examples;

  @Override
  public Integer call() {
    Path samples = examples != null ? examples : defaultExamples();
    if (!Files.isDirectory(samples)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "no sample folder at "
              + samples
              + "; run from the Annals checkout or give --examples DIR");
    }
    var options = server.options(spec, store);
    spec.commandLine().getErr().println("annals demo: ingesting the samples in " + samples);
    CommandLine ingest = Main.commandLine();
    ingest.setOut(spec.commandLine().getOut());
    ingest.setErr(spec.commandLine().getErr());
    int code = ingest.execute("ingest", "--quiet", "--store", store.toString(), samples.toString());
    if (code == ExitCodes.NOTHING_SUCCEEDED || code == ExitCodes.USAGE) {
      spec.commandLine().getErr().println("annals demo: the samples could not be ingested");
      return ExitCodes.NOTHING_SUCCEEDED;
    }
    return ServeCommand.serve(
        spec,
        options,
        url ->
            "  try:     "
                + url
                + "/#/timeline?dyad=PRT-MAR (Portugal and Morocco over time), "
                + url
                + "/#/events?dyad=PRT-MAR, "
                + url
                + "/#/map");
  }

  private static Path defaultExamples() {
    String home = System.getProperty("annals.home");
    return home == null ? Path.of("examples") : Path.of(home, "examples");
  }
}
