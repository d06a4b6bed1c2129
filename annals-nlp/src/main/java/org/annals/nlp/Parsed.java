package org.annals.nlp;

import java.util.List;

/** The backbone's output in our own terms, so that nothing else touches CoreNLP's types. */
record Parsed(List<Sentence> sentences, List<Token> tokens) {
  Parsed {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }
}
