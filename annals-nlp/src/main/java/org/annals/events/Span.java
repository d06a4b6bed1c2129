package org.annals.events;

/**
 * A stretch of the article's text, {@code [start, end)} in {@link org.annals.model.Article#text()}.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** True when the two spans share a character. */
  public boolean overlaps(Span o) {
    return start < o.end && o.start < end;
  }
}
