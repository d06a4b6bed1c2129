package org.annals.ingest;

import org.annals.model.RawDocument;

/**
 * One event of a {@link Source}: a document to extract, an item that failed, or one skipped on
 * purpose. Every event names its item and, for ordered sources, the position to resume after it.
 */
public sealed interface Fetched permits Fetched.Document, Fetched.Failed, Fetched.Skipped {
  /** The source's id of the item: a path, a WARC record offset, a feed GUID, a URL. */
  String itemId();

  /**
   * Where an ordered source stands after this item (a WARC byte offset, a path in sorted order), or
   * {@code null} for unordered sources (feeds, sitemaps), which resume by item ids.
   */
  String position();

  /**
   * A document to extract.
   *
   * @param validator what the server said about a fetched page for conditional GET next time
   *     ({@code ETag}, {@code Last-Modified}), or {@code null}. The source does not store it: the
   *     pipeline does, with {@link #storeValidator}, when it adds the article to the batch, so that
   *     a validator is never committed without its article (else a crash in between would make the
   *     next run skip the page as "not modified" although it was never stored).
   */
  record Document(
      RawDocument raw,
      String itemId,
      String position,
      FeedHints hints,
      Validators.Validator validator)
      implements Fetched {
    public Document {
      if (raw == null || itemId == null || itemId.isBlank()) {
        throw new IllegalArgumentException("a fetched document needs its bytes and an item id");
      }
      hints = hints == null ? FeedHints.NONE : hints;
    }

    /** A document without a validator (read from disk or a WARC, or a server that sent none). */
    public Document(RawDocument raw, String itemId, String position, FeedHints hints) {
      this(raw, itemId, position, hints, null);
    }

    /**
     * Puts {@link #validator} (if any) into {@code validators} under the URL the page was fetched
     * by.
     */
    public void storeValidator(Validators validators) {
      if (validator != null) {
        validators.put(raw.source(), validator);
      }
    }
  }

  /** An item that could not be read; {@code reason} names it and says what to do. */
  record Failed(String itemId, String position, String reason) implements Fetched {
    public Failed {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a failed item needs a reason (item " + itemId + ")");
      }
    }
  }

  /** An item left out on purpose: robots.txt, not modified since the last fetch, not HTML. */
  record Skipped(String itemId, String position, String reason) implements Fetched {
    public Skipped {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a skipped item needs a reason (item " + itemId + ")");
      }
    }
  }
}
