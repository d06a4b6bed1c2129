package org.annals.store;

import java.nio.file.Path;

/**
 * The store cannot do what was asked: it is in use, of an unknown version, damaged, or the disk
 * failed. The message names the store directory, the problem and what to do.
 */
public final class StoreException extends Exception {
  private final Path dir;

  StoreException(Path dir, String problemAndFix) {
    super("store " + dir + ": " + problemAndFix);
    this.dir = dir;
  }

  StoreException(Path dir, String problemAndFix, Throwable cause) {
    super(
        "store "
            + dir
            + ": "
            + problemAndFix
            + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"),
        cause);
    this.dir = dir;
  }

  /** The store directory concerned. */
  public Path dir() {
    return dir;
  }
}
