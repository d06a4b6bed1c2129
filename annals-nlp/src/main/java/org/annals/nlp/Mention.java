package org.annals.nlp;

/**
 * A stretch of the article's text that refers to something.
 *
 * @param text the text, equal to {@code article.text().substring(start, end)}
 * @param start offset of the first character in {@link org.annals.model.Article#text()}
 * @param end offset after the last character
 * @param type what it names
 * @param form a name, a nominal ("the Russian president") or a pronoun ("he")
 * @param entity the id of the entity it refers to, or {@code null} when unresolved
 */
public record Mention(String text, int start, int end, MentionType type, Form form, String entity) {
  /** How a mention refers. */
  public enum Form {
    NAME,
    NOMINAL,
    PRONOUN
  }

  public Mention {
    if (text == null
        || text.isBlank()
        || start < 0
        || end <= start
        || end - start != text.length()) {
      throw new IllegalArgumentException(
          "mention needs non-blank text matching [start, end), got '"
              + text
              + "' ["
              + start
              + ", "
              + end
              + ")");
    }
    if (type == null || form == null) {
      throw new NullPointerException("mention type and form must not be null ('" + text + "')");
    }
  }

  /** A copy pointing at {@code entityId}. */
  public Mention withEntity(String entityId) {
    return new Mention(text, start, end, type, form, entityId);
  }
}
