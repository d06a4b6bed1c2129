package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP, only as much as Annals needs: tokens, sentences, part-of-speech tags and the
 * CoNLL four-class named-entity model. Measured on the seed (2 cores, 2026-11-29): with the default
 * three combined NER models, fine-grained NER and SUTime, 3 articles/s per thread, 4.7 GB; with the
 * CoNLL model alone and without SUTime (Annals normalises times itself, see {@code
 * org.annals.time}) 20 articles/s per thread, 2.2 s to load, under 400 MB. The pipeline loads once
 * per JVM, on first use, and is shared by all threads.
 */
final class Backbone {
  static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private Backbone() {}

  /**
   * A sentence longer than this many characters (a paragraph with no sentence end, a list run
   * together) is cut into pieces of about this length at token boundaries.
   */
  static final int MAX_SENTENCE_CHARS = 1500;

  /** Tokens and sentences of English {@code text}; offsets index {@code text}. */
  static Parsed parse(String text) {
    return parse(text, true);
  }

  /**
   * Tokens and sentences of {@code text}. Text in another language is not tagged for part of speech
   * (tokens get an empty tag and their word as lemma): the English tagger spends about 4 ms on each
   * word it does not know — 20 times the cost of the rest — and its tags would mean nothing there.
   * Names are still found (the name tagger does not read the tags).
   */
  static Parsed parse(String text, boolean english) {
    Annotation doc = new Annotation(text);
    (english ? Holder.PIPELINE : Untagged.PIPELINE).annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<Integer> cut = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int pieceStart = -1;
      int last = -1;
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        if (pieceStart < 0) {
          pieceStart = t.beginPosition();
        } else if (t.endPosition() - pieceStart > MAX_SENTENCE_CHARS) {
          sentences.add(new Sentence(sentences.size(), pieceStart, last));
          cut.add(t.beginPosition());
          pieceStart = t.beginPosition();
        }
        tokens.add(
            new Token(
                tokens.size(),
                t.beginPosition(),
                t.endPosition(),
                t.word(),
                t.lemma(),
                t.tag(),
                t.ner() == null ? "O" : t.ner(),
                sentences.size()));
        last = t.endPosition();
      }
      if (pieceStart >= 0) {
        sentences.add(new Sentence(sentences.size(), pieceStart, last));
      }
    }
    return new Parsed(sentences, tokens, cut);
  }

  /** Forces the models to load now (a server pays this once at start). */
  static void warmUp() {
    parse("Annals starts.");
  }

  private static final class Holder {
    static final StanfordCoreNLP PIPELINE =
        new StanfordCoreNLP(properties("tokenize,ssplit,pos,lemma,ner"));
  }

  /** Names without part-of-speech tags, for text in other languages; loaded on first use. */
  private static final class Untagged {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(untagged());

    private static Properties untagged() {
      Properties p = properties("tokenize,ssplit,ner");
      p.setProperty("enforceRequirements", "false");
      return p;
    }
  }

  private static Properties properties(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", NER_MODEL);
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }
}
