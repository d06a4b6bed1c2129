package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A Jazzer fuzz target for the command line, in process: arguments built from each command's real
 * options, subcommands and fuzzed values. The read-only store commands ({@code search}, {@code
 * events}, {@code show}, {@code stats}) and {@code help} run for real against a small store of the
 * team-written examples; they must exit with a documented code (0–3) and never reach the handler of
 * unexpected exceptions (which prints the exception's class). Commands that fetch, write files or
 * load the NLP models ({@code ingest}, {@code annotate}, {@code extract}, {@code eval}, {@code
 * bench}, {@code events --out}) are parsed only: parsing must succeed or fail with a usage error
 * (exit 2), never with another exception. A second target parses every command's arguments without
 * running anything. Committed inputs run in every build; {@code tools/fuzz cli} (parsing) and
 * {@code tools/fuzz cli-run} (the commands run) fuzz.
 */
class CliFuzzTest {
  private static final Path STORE = storeOfTheExamples();
  private static final Set<String> RUN = Set.of("search", "events", "show", "stats", "help");
  private static final Set<String> STORE_COMMANDS = Set.of("search", "events", "show", "stats");

  /** Options whose values name files to read or write: never generated. */
  private static final Set<String> FILE_OPTIONS =
      Set.of("--store", "--out", "--actors", "--shared");

  /** The trace the unexpected-exception handler leaves: "annals search: java.lang.Xyz…". */
  private static final Pattern UNEXPECTED =
      Pattern.compile("annals [a-z]+: (?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)");

  @FuzzTest(maxDuration = "10m")
  void execute_anyArguments_exitsWithADocumentedCodeAndNoStackTrace(FuzzedDataProvider data) {
    CommandLine root = Main.commandLine();
    List<String> commands = new ArrayList<>(root.getSubcommands().keySet());
    String command = data.consumeBoolean() ? data.pickValue(commands) : "";
    CommandLine target = command.isEmpty() ? root : root.getSubcommands().get(command);
    List<String> vocabulary = vocabulary(target);
    List<String> args = new ArrayList<>();
    if (!command.isEmpty()) {
      args.add(command);
    }
    if (STORE_COMMANDS.contains(command)) {
      args.add("--store");
      args.add(STORE.toString());
    }
    int n = data.consumeInt(0, 6);
    for (int i = 0; i < n; i++) {
      args.add(nextArgument(data, vocabulary));
    }
    String[] argv = args.toArray(String[]::new);
    if (runsForReal(command, args)) {
      checkExecution(argv);
    } else {
      checkParseOnly(argv);
    }
  }

  /** One parser for the parse-only target: picocli resets every option before each parse. */
  private static final CommandLine PARSER = Main.commandLine();

  private static final List<String> COMMANDS = new ArrayList<>(PARSER.getSubcommands().keySet());

  /**
   * Every command's arguments, parsed only (no command runs): fast enough to fuzz for millions of
   * executions. Parsing succeeds, giving the command asked for, or is a usage error that says what
   * is wrong; never another exception.
   */
  @FuzzTest(maxDuration = "10m")
  void parse_anyArguments_givesTheCommandOrAUsageError(FuzzedDataProvider data) {
    String command = data.consumeBoolean() ? data.pickValue(COMMANDS) : "";
    CommandLine target = command.isEmpty() ? PARSER : PARSER.getSubcommands().get(command);
    List<String> vocabulary = vocabulary(target);
    List<String> args = new ArrayList<>();
    if (!command.isEmpty()) {
      args.add(command);
    }
    int n = data.consumeInt(0, 8);
    for (int i = 0; i < n; i++) {
      args.add(nextArgument(data, vocabulary));
    }
    try {
      CommandLine.ParseResult r = PARSER.parseArgs(args.toArray(String[]::new));
      if (!command.isEmpty()) {
        assertThat(r.subcommand()).as("%s parses as its command", args).isNotNull();
        assertThat(r.subcommand().commandSpec().name()).isEqualTo(command);
      }
    } catch (CommandLine.ParameterException e) {
      assertThat(e.getMessage()).as("a usage error says what is wrong: %s", args).isNotBlank();
    }
  }

  private static void checkExecution(String[] argv) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(argv, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as("exit code of %s", List.of(argv)).isBetween(0, 3);
    assertThat(err.toString())
        .as("stderr of %s holds no unexpected exception", List.of(argv))
        .doesNotContainPattern(UNEXPECTED)
        .doesNotContain("\tat ");
  }

  private static void checkParseOnly(String[] argv) {
    assertThatCode(
            () -> {
              try {
                Main.commandLine().parseArgs(argv);
              } catch (CommandLine.ParameterException e) {
                assertThat(e.getMessage()).as("a usage error says what is wrong").isNotBlank();
              }
            })
        .as("parsing %s succeeds or is a usage error", List.of(argv))
        .doesNotThrowAnyException();
  }

  /** Only the read-only commands run, and only without options that name files. */
  private static boolean runsForReal(String command, List<String> args) {
    if (!RUN.contains(command)) {
      return false;
    }
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      boolean ourStore = i == 2 && STORE_COMMANDS.contains(command);
      if (!ourStore && FILE_OPTIONS.stream().anyMatch(o -> a.equals(o) || a.startsWith(o + "="))) {
        return false;
      }
    }
    return true;
  }

  private static String nextArgument(FuzzedDataProvider data, List<String> vocabulary) {
    String arg =
        switch (data.consumeInt(0, 2)) {
          case 0 -> vocabulary.isEmpty() ? "" : data.pickValue(vocabulary);
          case 1 ->
              data.pickValue(vocabulary.isEmpty() ? List.of("-") : vocabulary)
                  + "="
                  + data.consumeString(40);
          default -> data.consumeString(40);
        };
    // picocli reads "@file" arguments from that file: not the parser under test, and @/dev/stdin
    // would wait for ever
    return arg.startsWith("@") ? "x" + arg : arg;
  }

  /** The command's option names (but not those naming files) and its subcommands. */
  private static List<String> vocabulary(CommandLine c) {
    List<String> out = new ArrayList<>();
    for (OptionSpec o : c.getCommandSpec().options()) {
      for (String name : o.names()) {
        if (!FILE_OPTIONS.contains(name)) {
          out.add(name);
        }
      }
    }
    out.addAll(c.getSubcommands().keySet());
    return out;
  }

  /** A store holding the team-written examples (no annotations: the NLP models stay unloaded). */
  private static Path storeOfTheExamples() {
    try {
      Path dir = Files.createTempDirectory("annals-cli-fuzz");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
      Path store = dir.resolve("store");
      int code =
          Main.execute(
              new String[] {
                "ingest", examples().toString(), "--store", store.toString(), "-q", "--no-annotate"
              },
              new PrintWriter(new StringWriter()),
              new PrintWriter(new StringWriter()));
      if (code != 0) {
        throw new IllegalStateException("ingesting the examples into " + store + " gave " + code);
      }
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder: the system cleans it up in the end
    }
  }

  /** The repository's examples folder, found from the working directory upwards. */
  private static Path examples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples/scraped"))) {
        return p.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
  }
}
