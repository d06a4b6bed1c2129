package org.annals.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option, shared by every command that reads or writes the store. */
final class StoreOption {
  /** The default store folder, relative to the working directory. */
  static final String DEFAULT = "annals-data";

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "${env:ANNALS_STORE:-" + DEFAULT + "}",
      description = "The store folder. Default: $ANNALS_STORE, else ./" + DEFAULT + ".")
  Path dir;
}
