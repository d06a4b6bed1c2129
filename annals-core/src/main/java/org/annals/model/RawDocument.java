package org.annals.model;

import java.util.List;

/**
 * Bytes as read from a source, before anything is parsed.
 *
 * @param source where it was read from: a file path, an http(s) URL, {@code -} for standard input,
 *     or a WARC file with {@code #offset} of the record
 * @param url the page's URL when known (the fetched URL or the WARC target URI), else {@code null}
 * @param content the bytes, already decompressed when the source was gzip
 * @param contentType the HTTP {@code Content-Type} header, or {@code null}
 * @param warnings problems met while reading (for example a truncated gzip stream)
 */
public record RawDocument(
    String source, String url, byte[] content, String contentType, List<Warning> warnings) {
  public RawDocument {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("raw document source must not be blank");
    }
    if (content == null) {
      throw new NullPointerException(
          "raw document content must not be null (source " + source + ")");
    }
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** A document read from {@code source} with no URL, content type or warnings. */
  public static RawDocument of(String source, byte[] content) {
    return new RawDocument(source, null, content, null, List.of());
  }

  /** Its size in bytes. */
  public int length() {
    return content.length;
  }
}
