package org.annals.actors;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Actor files that could not be loaded: every malformed row, each with its file and line, so that
 * all of them can be fixed in one go.
 */
public final class ActorFileException extends IOException {
  private static final long serialVersionUID = 1L;

  /** At most this many problems are listed in the message; {@link #problems()} has them all. */
  static final int LISTED = 20;

  @SuppressWarnings("serial") // an immutable List.copyOf of records; never serialised in practice
  private final List<Problem> problems;

  /**
   * One malformed row.
   *
   * @param file the file (or shipped resource) as given
   * @param line 1-based line number
   * @param message what is wrong and what was expected
   */
  public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s line %d: %s", file, line, message);
    }
  }

  ActorFileException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** All problems found, in file and line order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    String listed =
        problems.stream().limit(LISTED).map(p -> "  " + p).collect(Collectors.joining("\n"));
    String more =
        problems.size() > LISTED ? "\n  … and " + (problems.size() - LISTED) + " more" : "";
    return String.format(
        Locale.ROOT,
        "%d problem%s in actor files (format: see org.annals.actors.package-info):\n%s%s",
        problems.size(),
        problems.size() == 1 ? "" : "s",
        listed,
        more);
  }
}
