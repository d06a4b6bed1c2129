package org.annals.ingest;

import java.util.List;
import org.annals.model.Timestamp;

/**
 * What a feed or news sitemap says about an item, used where the page itself lacks it.
 *
 * @param title the item's title, or {@code null}
 * @param published the item's date, or {@code null}
 * @param authors the item's authors (may be empty)
 * @param language the feed's or sitemap's language, or {@code null}
 * @param publisher the feed's or news sitemap's publication name, or {@code null}
 */
public record FeedHints(
    String title, Timestamp published, List<String> authors, String language, String publisher) {
  /** No hints. */
  public static final FeedHints NONE = new FeedHints(null, null, List.of(), null, null);

  public FeedHints {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
