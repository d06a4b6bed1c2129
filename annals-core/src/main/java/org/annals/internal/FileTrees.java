package org.annals.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folder trees on disk. */
public final class FileTrees {
  private FileTrees() {}

  /**
   * Deletes {@code dir} and everything in it, deepest first, as far as it can: what cannot be
   * deleted (or a folder that does not exist) is left, never an exception. For temporary and
   * scratch folders.
   */
  public static void deleteQuietly(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // left behind: a temporary folder, cleaned by the next run or the system
    }
  }
}
