package org.annals.nlp;

import java.util.List;

/**
 * The backbone's output in our own terms, so that nothing else touches CoreNLP's types.
 *
 * @param sentences the sentences, in order
 * @param tokens the tokens, in order
 * @param cut the offsets where an over-long sentence was cut into pieces
 */
record Parsed(List<Sentence> sentences, List<Token> tokens, List<Integer> cut) {
  Parsed {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    cut = List.copyOf(cut);
  }
}
