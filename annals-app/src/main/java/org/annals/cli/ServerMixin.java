package org.annals.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.server.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of {@code annals serve} and {@code annals demo}. */
final class ServerMixin {
  @Option(
      names = "--port",
      defaultValue = "" + ServerOptions.DEFAULT_PORT,
      description = "The port (0: any free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--host",
      defaultValue = ServerOptions.DEFAULT_HOST,
      description =
          "The interface to bind. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 opens"
              + " reading to the network.")
  String host;

  @Option(
      names = "--max-upload",
      paramLabel = "BYTES",
      defaultValue = "" + ServerOptions.DEFAULT_MAX_UPLOAD,
      description = "The largest upload POST /api/ingest accepts. Default: ${DEFAULT-VALUE}.")
  long maxUpload;

  @Option(
      names = "--allow-private",
      description =
          "Let ingest jobs fetch URLs on private and loopback addresses (off by default).")
  boolean allowPrivate;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = "Your own actors for annotating what is ingested through the API; repeatable.")
  List<Path> actors = new ArrayList<>();

  ServerOptions options(CommandLine.Model.CommandSpec spec, Path store) {
    try {
      return new ServerOptions(store, host, port, maxUpload, allowPrivate, actors);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
