package org.annals.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annals} command. */
@Command(
    name = "annals",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Reads news and keeps a sourced, time-aware record of who did what to whom, when and where.",
    subcommands = {
      ExtractCommand.class,
      AnnotateCommand.class,
      EventsCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input succeeded (warnings allowed)",
      "1:some inputs failed; the rest were processed",
      "2:usage error (unknown option, bad value)",
      "3:nothing succeeded"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Missing command: give one of extract, annotate, ingest, events, serve, demo, search, show, stats, eval, bench, help");
  }

  @SuppressForbidden(reason = "the process entry point owns the console")
  public static void main(String[] args) {
    System.exit(
        execute(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs {@code args} with the given output and error writers; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(
        t ->
            t instanceof CommandLine.ParameterException
                ? ExitCodes.USAGE
                : ExitCodes.NOTHING_SUCCEEDED);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          PrintWriter e = ex.getCommandLine().getErr();
          e.println("annals: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
          e.println(
              "Try 'annals "
                  + (ex.getCommandLine().getCommandName().equals("annals")
                      ? ""
                      : ex.getCommandLine().getCommandName() + " ")
                  + "--help' for more.");
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parse) -> {
          c.getErr().println("annals " + c.getCommandName() + ": " + ex);
          return ExitCodes.NOTHING_SUCCEEDED;
        });
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {
        "annals " + (v == null ? "dev" : v),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")",
        "GPL-3.0-or-later"
      };
    }
  }
}
