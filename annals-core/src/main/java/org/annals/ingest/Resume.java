package org.annals.ingest;

import java.util.function.Predicate;

/**
 * Where a source starts again after an earlier run: after a position (ordered sources) and past the
 * items already committed (unordered sources). Both come from the store's checkpoint.
 *
 * @param afterPosition the last committed position, or {@code null} to start at the beginning
 * @param seen true for item ids already committed
 */
public record Resume(String afterPosition, Predicate<String> seen) {
  /** From the beginning, nothing seen. */
  public static final Resume START = new Resume(null, id -> false);

  public Resume {
    seen = seen == null ? id -> false : seen;
  }
}
