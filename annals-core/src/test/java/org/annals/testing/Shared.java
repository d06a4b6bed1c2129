package org.annals.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared test sets in {@code ../shared} (system property {@code annals.shared}). A fresh clone
 * has none: tests that need them are skipped with {@link #SKIP_MESSAGE}; CI has them.
 */
public final class Shared {
  public static final String SKIP_MESSAGE =
      "../shared is absent (a fresh clone): skipped; CI and developer machines have the test sets there";

  private Shared() {}

  /** The shared folder, from {@code -Dannals.shared} or {@code ../shared}. */
  public static Path root() {
    String p = System.getProperty("annals.shared");
    return Path.of(p == null || p.isBlank() ? "../shared" : p).toAbsolutePath().normalize();
  }

  public static boolean available() {
    return Files.isDirectory(root().resolve("data"));
  }

  /** The path of {@code relative} under the shared folder; skips the test when it is missing. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), SKIP_MESSAGE + " (needs " + relative + ")");
    return p;
  }
}
