package org.annals.nlp;

/**
 * One token as the backbone saw it. Dependency trees are parsed on demand, by {@link Syntax}.
 *
 * @param index its position among the article's tokens, from 0
 * @param start offset in the article's text
 * @param end offset after it
 * @param word the token as written
 * @param lemma its dictionary form ("met" → "meet")
 * @param pos its Penn Treebank part-of-speech tag
 * @param ner the CoNLL named-entity class (PERSON, ORGANIZATION, LOCATION, MISC) or {@code O}
 * @param sentence the index of its sentence
 */
public record Token(
    int index,
    int start,
    int end,
    String word,
    String lemma,
    String pos,
    String ner,
    int sentence) {
  public Token {
    if (index < 0 || start < 0 || end < start || word == null || sentence < 0) {
      throw new IllegalArgumentException(
          "bad token " + index + " '" + word + "' [" + start + ", " + end + ")");
    }
    lemma = lemma == null ? word : lemma;
    pos = pos == null ? "" : pos;
    ner = ner == null ? "O" : ner;
  }
}
