package org.annals.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.Sentence;

/** Annals' coder: the lexicon on dependency parses of the sentences that may hold an event. */
final class StandardCoder implements EventCoder {
  static final StandardCoder STANDARD =
      new StandardCoder(ActorSpans.mentions(), Lexicon.standard());

  private final ActorSpans actors;
  private final Lexicon lexicon;

  StandardCoder(ActorSpans actors, Lexicon lexicon) {
    this.actors = actors;
    this.lexicon = lexicon;
  }

  @Override
  public List<Event> code(AnnotatedArticle article) {
    ActorIndex index = new ActorIndex(actors.find(article));
    List<Event> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      out.addAll(new SentenceCoder(article, s, lexicon, index, out).code());
    }
    out.addAll(Statements.code(article, index, out));
    out.sort(
        Comparator.comparingInt((Event e) -> e.evidence().sentence())
            .thenComparingInt(e -> e.evidence().action().start()));
    return List.copyOf(out);
  }

  /** How many sentences of {@code article} the coder parses. */
  int parsedSentences(AnnotatedArticle article) {
    ActorIndex index = new ActorIndex(actors.find(article));
    int n = 0;
    for (Sentence s : article.sentences()) {
      n += new SentenceCoder(article, s, lexicon, index, List.of()).candidates().isEmpty() ? 0 : 1;
    }
    return n;
  }
}
