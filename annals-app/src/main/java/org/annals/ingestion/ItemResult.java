package org.annals.ingestion;

/**
 * One item of a source and what became of it.
 *
 * @param sourceKey the source's checkpoint key
 * @param itemId the item (path, record offset, URL, feed GUID)
 * @param kind what happened
 * @param articleId the article's id when one was extracted, else {@code null}
 * @param reason why it failed or was skipped, else {@code null}
 * @param progress how far through its source the item is, in [0, 1], or {@code NaN} when unknown
 */
public record ItemResult(
    String sourceKey, String itemId, Kind kind, String articleId, String reason, double progress) {
  /** What happened to an item. */
  public enum Kind {
    NEW,
    UPDATED,
    DUPLICATE,
    REPRINT,
    SKIPPED,
    FAILED
  }

  public ItemResult {
    if (kind == null) {
      throw new NullPointerException("item result kind must not be null (item " + itemId + ")");
    }
    if ((kind == Kind.FAILED || kind == Kind.SKIPPED) && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException(
          "a " + kind + " item needs a reason (item " + itemId + ")");
    }
  }
}
