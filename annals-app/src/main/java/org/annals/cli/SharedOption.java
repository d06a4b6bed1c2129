package org.annals.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --shared DIR} option of the eval and bench commands: where the test sets are. */
final class SharedOption {
  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "The shared folder of test sets. Default: -Dannals.shared, else ../shared.")
  Path dir;

  /** The shared folder: {@code --shared}, else {@code -Dannals.shared}, else {@code ../shared}. */
  Path folder() {
    return EvalCommand.sharedFolder(dir);
  }
}
