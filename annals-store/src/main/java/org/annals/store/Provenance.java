package org.annals.store;

import java.time.Instant;

/**
 * Where and when one copy of an article was read: every place an article was read from is kept.
 *
 * @param source the file path, URL, or WARC file {@code #offset} of this copy
 * @param sourceKey the key of the source it came through ({@link org.annals.ingest.Source#key()})
 * @param readAt when it was read
 */
public record Provenance(String source, String sourceKey, Instant readAt) {
  public Provenance {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException(
          "provenance source must not be blank (source key " + sourceKey + ")");
    }
    if (sourceKey == null || sourceKey.isBlank()) {
      throw new IllegalArgumentException(
          "provenance source key must not be blank (source " + source + ")");
    }
    if (readAt == null) {
      throw new NullPointerException("provenance readAt must not be null (source " + source + ")");
    }
  }
}
