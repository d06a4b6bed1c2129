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
   * Where an ordered source stands after this item (a WARC byte offset, a path in sorted order),
   * or {@code null} for unordered sources (feeds, sitemaps), which resume by item ids.
   */
  String position();

  /** A document to extract. */
  record Document(RawDocument raw, String itemId, String position, FeedHints hints) implements Fetched {
    public Document {
      if (raw == null || itemId == null || itemId.isBlank()) {
        throw new IllegalArgumentException("a fetched document needs its bytes and an item id");
      }
      hints = hints == null ? FeedHints.NONE : hints;
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
