package org.annals.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.actors.ActorBase;
import org.annals.nlp.Annotator;
import picocli.CommandLine.Option;

/** The {@code --actors FILE} option of the commands that annotate, and the annotator it gives. */
final class ActorsOption {
  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = {
        "Your own actors, added to the shipped actor base (format: docs/annotation-schema-v1.md);",
        "repeatable. A row with the same key as a shipped one replaces it."
      })
  List<Path> files = new ArrayList<>();

  /**
   * The standard annotator, over the shipped actor base plus the given files.
   *
   * @throws IOException naming the file and line of every malformed row, or the unreadable file
   */
  Annotator annotator() throws IOException {
    return files.isEmpty()
        ? Annotator.standard()
        : Annotator.standard(ActorBase.load(files.toArray(Path[]::new)));
  }
}
