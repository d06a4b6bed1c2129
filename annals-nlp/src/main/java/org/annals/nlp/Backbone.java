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

  /** Tokens and sentences of {@code text}; offsets index {@code text}. */
  static Parsed parse(String text) {
    Annotation doc = new Annotation(text);
    Holder.PIPELINE.annotate(doc);
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
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties());

    private static Properties properties() {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
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
}
