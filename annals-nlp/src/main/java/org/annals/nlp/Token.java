package org.annals.nlp;

/**
 * One token as the backbone saw it.
 *
 * @param start offset in the article's text
 * @param end offset after it
 * @param word the token as written
 * @param pos its Penn Treebank part-of-speech tag
 * @param ner the CoNLL named-entity class (PERSON, ORGANIZATION, LOCATION, MISC) or {@code O}
 * @param sentence the index of its sentence
 */
record Token(int start, int end, String word, String pos, String ner, int sentence) {}
