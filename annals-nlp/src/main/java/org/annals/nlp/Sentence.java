package org.annals.nlp;

/**
 * One sentence of the article.
 *
 * @param index its position, from 0
 * @param start offset of its first character in {@link org.annals.model.Article#text()}
 * @param end offset after its last character
 */
public record Sentence(int index, int start, int end) {
  public Sentence {
    if (index < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence " + index + " [" + start + ", " + end + ")");
    }
  }

  /** True when {@code offset} falls inside this sentence. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
