package org.annals.nlp;

/**
 * Words the article puts in someone's mouth.
 *
 * @param text the quoted words, without the quotation marks
 * @param start offset of the first quoted character in {@link org.annals.model.Article#text()}
 * @param end offset after the last quoted character
 * @param speaker who said it, or {@code null} when it cannot be told
 * @param cue the verb that attributes it ("said", "stated", "noted"), or {@code null}
 * @param partial true for a fragment inside reported speech ('wishing … a "successful second
 *     round"')
 */
public record Quote(String text, int start, int end, Speaker speaker, String cue, boolean partial) {
  /** The speaker: the entity when resolved, and the name as the article gives it. */
  public record Speaker(String entity, String name) {
    public Speaker {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("speaker needs a name (entity " + entity + ")");
      }
    }
  }

  public Quote {
    if (text == null || text.isEmpty() || start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "quote needs text matching [start, end), got [" + start + ", " + end + ")");
    }
  }
}
