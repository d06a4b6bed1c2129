package org.annals.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Where a store keeps its parts, and the check of its format version:
 *
 * <pre>
 * DIR/VERSION        the format name, "annals-store-v1"
 * DIR/lock           the single-writer lock and who holds it
 * DIR/lucene/        the full-text index
 * DIR/annals.duckdb  the tables (and annals.duckdb.wal while a writer runs)
 * </pre>
 */
final class Layout {
  /** The format this code reads and writes. A change of format is a new name plus a migration. */
  static final String VERSION = "annals-store-v1";

  private final Path dir;

  Layout(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path dir() {
    return dir;
  }

  Path version() {
    return dir.resolve("VERSION");
  }

  Path lock() {
    return dir.resolve("lock");
  }

  Path lucene() {
    return dir.resolve("lucene");
  }

  Path duckdb() {
    return dir.resolve("annals.duckdb");
  }

  /** Creates the directory and its VERSION when new; refuses a directory that is not a v1 store. */
  void createOrCheck() throws StoreException {
    try {
      Files.createDirectories(dir);
      if (Files.exists(version())) {
        check();
        return;
      }
      if (hasOtherFiles()) {
        throw new StoreException(
            dir,
            "the directory is not empty and has no VERSION file, so it is not an Annals store; "
                + "choose a new or empty directory with --store");
      }
      Files.writeString(version(), VERSION + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException(
          dir, "cannot create the store; check the path and its permissions", e);
    }
  }

  /** Checks that the directory holds a store of this version. */
  void check() throws StoreException {
    if (!Files.isRegularFile(version())) {
      throw new StoreException(
          dir,
          "there is no Annals store here (no VERSION file); create one with `annals ingest SOURCE --store "
              + dir
              + "`");
    }
    String found;
    try {
      found = Files.readString(version(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new StoreException(dir, "cannot read the VERSION file; check its permissions", e);
    }
    if (!VERSION.equals(found)) {
      throw new StoreException(
          dir,
          "the store's format is '"
              + clip(found)
              + "' but this Annals reads '"
              + VERSION
              + "'; open it with the Annals version that wrote it, or ingest into a new store with --store");
    }
  }

  /** The size of everything in the store directory, in bytes. */
  long bytes() throws IOException {
    long[] sum = {0};
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            sum[0] += attrs.isRegularFile() ? attrs.size() : 0;
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult
                .CONTINUE; // removed while counting (a merged segment): it takes no room
          }
        });
    return sum[0];
  }

  private boolean hasOtherFiles() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(p -> !p.getFileName().toString().equals("lock"));
    }
  }

  private static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
