package org.annals.nlp;

import java.util.List;
import org.annals.model.Article;
import org.annals.model.Warning;
import org.annals.time.TimeExpression;

/**
 * An article with what the NLP stage found in it. Every offset indexes {@link Article#text()}.
 *
 * @param article the article (schema v1)
 * @param sentences its sentences, in order
 * @param tokens its tokens, in order, with part of speech, lemma and dependency tree
 * @param mentions names, role nominals and pronouns, with the entity each refers to
 * @param entities what the mentions refer to, with actor codes and roles at the article's date
 * @param times time expressions, normalised against the article's date
 * @param quotes quotations with their speakers
 * @param places places resolved in the gazetteer
 * @param warnings what could not be done, and why
 */
public record AnnotatedArticle(
    Article article,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Mention> mentions,
    List<Entity> entities,
    List<TimeExpression> times,
    List<Quote> quotes,
    List<Place> places,
    List<Warning> warnings) {
  public AnnotatedArticle {
    if (article == null) {
      throw new NullPointerException("annotated article needs its article");
    }
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    places = List.copyOf(places);
    warnings = List.copyOf(warnings);
  }
}
