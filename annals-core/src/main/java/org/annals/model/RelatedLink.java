package org.annals.model;

/**
 * A related story the page links to (a "related" or "more stories" block, or the trailing list of a
 * scraped page): never part of the article's own text.
 *
 * @param headline the related story's headline, never blank
 * @param url its absolute URL, or {@code null} when the source gives none
 */
public record RelatedLink(String headline, String url) {
  public RelatedLink {
    if (headline == null || headline.isBlank()) {
      throw new IllegalArgumentException("related headline must not be blank (url " + url + ")");
    }
    headline = headline.strip();
    if (url != null && url.isBlank()) {
      url = null;
    }
  }
}
