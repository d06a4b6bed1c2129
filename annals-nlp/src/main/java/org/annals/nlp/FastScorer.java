package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural transition parser (nndep) with a faster forward pass: the same model, the same
 * features (those of {@code DependencyParser.getFeatureArray}), the same arc-standard transitions
 * and the same choice (the best-scoring legal transition, the first on a tie); only the arithmetic
 * is laid out differently. CoreNLP scores with dot products over {@code double}s, which the JIT
 * cannot turn into vector instructions (a floating-point reduction may not be reordered); here each
 * layer is a sum of rows ({@code y += a * row}), which it can, with the weights transposed once at
 * load. The hidden-layer contribution of a feature (its embedding through its slice of the first
 * layer) is computed once and kept: all of them for tags and labels (a few thousand), the first
 * {@link #MAX_WORD_ROWS} met for words (frequent words are met early), after which a word's row is
 * computed each time it is needed.
 *
 * <p>Scores are computed in {@code float} where CoreNLP uses {@code double}, so they differ from
 * CoreNLP's in the last bits: another choice would need two transitions scored that close. {@code
 * SyntaxTest} checks that the arcs and relations are CoreNLP's on every sentence of the team's
 * examples.
 */
final class FastScorer {
  /** Word rows kept at most: 20,000 rows of 1,000 floats (the model's hidden layer) is 80 MB. */
  static final int MAX_WORD_ROWS = 20_000;

  private final DependencyParser parser;
  private final ArcStandard system;
  private final List<String> transitions;
  private final String shift;
  private final int numTokens;
  private final int embedding;
  private final int hidden;
  private final int labels;
  private final float[][] words;
  private final float[] bias;

  /** {@code w1t[j][k * hidden + i]} = W1[i][j * embedding + k]: position j's slice, transposed. */
  private final float[][] w1t;

  /** {@code w2t[i][l]} = W2[l][i]: hidden unit i's weight for each transition. */
  private final float[][] w2t;

  /** Where the tag features start among the 48, and the label features. */
  private static final int TAGS = 18;

  private static final int LABELS = 36;

  private final int nullWord;
  private final int nullTag;

  /** Ids from here on are tags and labels (words come first in the model's dictionary). */
  private final int firstTag;

  /** Rows of tags and labels, all kept: {@code (tok - firstTag) * numTokens + j}. */
  private final AtomicReferenceArray<float[]> tagRows;

  /** Rows of words, up to {@link #MAX_WORD_ROWS}: {@code tok * numTokens + j}. */
  private final ConcurrentHashMap<Long, float[]> rows = new ConcurrentHashMap<>();

  private final AtomicInteger wordRows = new AtomicInteger();

  FastScorer(DependencyParser parser) {
    this.parser = parser;
    ParsingSystem ps = (ParsingSystem) field(parser, DependencyParser.class, "system");
    if (!(ps instanceof ArcStandard arcs)) {
      throw new IllegalStateException(
          "the nndep model uses " + ps.getClass().getName() + ", not the arc-standard system");
    }
    this.system = arcs;
    @SuppressWarnings("unchecked")
    List<String> t = (List<String>) field(ps, ParsingSystem.class, "transitions");
    this.transitions = List.copyOf(t);
    this.shift =
        transitions.stream()
            .filter(tr -> !tr.startsWith("L(") && !tr.startsWith("R("))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("the nndep model has no shift transition"));
    this.nullWord = parser.getWordID(Config.NULL);
    this.nullTag = parser.getPosID(Config.NULL);
    this.firstTag = ((List<?>) field(parser, DependencyParser.class, "knownWords")).size();
    Classifier c = (Classifier) field(parser, DependencyParser.class, "classifier");
    float[][] w1 = c.getW1();
    float[][] w2 = c.getW2();
    this.words = c.getE();
    this.bias = c.getb1().clone();
    this.hidden = w1.length;
    this.embedding = words[0].length;
    this.numTokens = w1[0].length / embedding;
    if (numTokens != 48) {
      throw new IllegalStateException(
          "the nndep model reads " + numTokens + " features, not Chen and Manning's 48");
    }
    this.labels = w2.length;
    if (labels != transitions.size()) {
      throw new IllegalStateException(
          "the nndep model scores "
              + labels
              + " transitions, its system has "
              + transitions.size());
    }
    this.tagRows = new AtomicReferenceArray<>(Math.max(0, words.length - firstTag) * numTokens);
    this.w1t = new float[numTokens][embedding * hidden];
    for (int j = 0; j < numTokens; j++) {
      float[] slice = w1t[j];
      for (int k = 0; k < embedding; k++) {
        for (int i = 0; i < hidden; i++) {
          slice[k * hidden + i] = w1[i][j * embedding + k];
        }
      }
    }
    this.w2t = new float[hidden][labels];
    for (int i = 0; i < hidden; i++) {
      for (int l = 0; l < labels; l++) {
        w2t[i][l] = w2[l][i];
      }
    }
  }

  /**
   * Parses one sentence of tagged tokens; returns, for each token (1-based, index 0 unused), its
   * head (0 for the root) in {@code heads} and its relation in the result.
   */
  String[] parse(List<CoreLabel> tokens, int[] heads) {
    CoreLabel sentence = new CoreLabel();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    Configuration c = system.initialConfiguration(sentence);
    int n = tokens.size();
    int[] wordIds = new int[n + 1];
    int[] tagIds = new int[n + 1];
    wordIds[0] = parser.getWordID(Config.ROOT);
    tagIds[0] = parser.getPosID(Config.ROOT);
    for (int k = 1; k <= n; k++) {
      wordIds[k] = parser.getWordID(tokens.get(k - 1).word());
      tagIds[k] = parser.getPosID(tokens.get(k - 1).tag());
    }
    int[] f = new int[numTokens];
    float[] h = new float[hidden];
    float[] scores = new float[labels];
    while (!system.isTerminal(c)) {
      if (c.getBufferSize() > 0 && c.getStackSize() <= 2) {
        // no arc can be made with fewer than two words on the stack (the root aside) while words
        // wait: shifting is the one legal move, whatever the scores
        system.apply(c, shift);
        continue;
      }
      features(c, wordIds, tagIds, f);
      score(f, h, scores);
      double best = Double.NEGATIVE_INFINITY;
      String choice = null;
      for (int l = 0; l < labels; l++) {
        if (scores[l] > best) {
          String tr = transitions.get(l);
          if (system.canApply(c, tr)) {
            best = scores[l];
            choice = tr;
          }
        }
      }
      if (choice == null) {
        throw new IllegalStateException("no transition applies to " + c);
      }
      system.apply(c, choice);
    }
    String[] relations = new String[tokens.size() + 1];
    for (int k = 1; k <= tokens.size(); k++) {
      heads[k] = c.getHead(k);
      relations[k] = c.getLabel(k);
    }
    passiveSubjects(heads, relations);
    return relations;
  }

  /**
   * The one correction CoreNLP's English UD structure makes to the basic arcs of untagged-for-names
   * tokens: the subject of a verb that has an {@code aux:pass} is its passive subject ({@code
   * nsubj} → {@code nsubj:pass}, {@code csubj} → {@code csubj:pass}).
   */
  static void passiveSubjects(int[] heads, String[] relations) {
    boolean[] passive = new boolean[heads.length];
    for (int k = 1; k < heads.length; k++) {
      if ("aux:pass".equals(relations[k])) {
        passive[heads[k]] = true;
      }
    }
    for (int k = 1; k < heads.length; k++) {
      if (passive[heads[k]] && ("nsubj".equals(relations[k]) || "csubj".equals(relations[k]))) {
        relations[k] = relations[k] + ":pass";
      }
    }
  }

  /**
   * The 48 features of Chen and Manning's parser, in the model's order ({@code
   * DependencyParser.getFeatureArray}): words of the top three on the stack and the first three in
   * the buffer, then for the top two on the stack their leftmost and rightmost children, second
   * leftmost and rightmost, and leftmost of leftmost and rightmost of rightmost; tags of all of
   * them; labels of the children. Words and tags are looked up once per sentence.
   */
  private void features(Configuration c, int[] wordIds, int[] tagIds, int[] f) {
    for (int j = 2; j >= 0; j--) {
      int k = c.getStack(j);
      f[2 - j] = id(wordIds, k, nullWord);
      f[TAGS + 2 - j] = id(tagIds, k, nullTag);
    }
    for (int j = 0; j <= 2; j++) {
      int k = c.getBuffer(j);
      f[3 + j] = id(wordIds, k, nullWord);
      f[TAGS + 3 + j] = id(tagIds, k, nullTag);
    }
    for (int j = 0; j <= 1; j++) {
      int k = c.getStack(j);
      int at = 6 + j * 6;
      child(c, c.getLeftChild(k), at, wordIds, tagIds, f);
      child(c, c.getRightChild(k), at + 1, wordIds, tagIds, f);
      child(c, c.getLeftChild(k, 2), at + 2, wordIds, tagIds, f);
      child(c, c.getRightChild(k, 2), at + 3, wordIds, tagIds, f);
      child(c, c.getLeftChild(c.getLeftChild(k)), at + 4, wordIds, tagIds, f);
      child(c, c.getRightChild(c.getRightChild(k)), at + 5, wordIds, tagIds, f);
    }
  }

  private void child(Configuration c, int index, int at, int[] wordIds, int[] tagIds, int[] f) {
    f[at] = id(wordIds, index, nullWord);
    f[TAGS + at] = id(tagIds, index, nullTag);
    f[LABELS + at - 6] = parser.getLabelID(c.getLabel(index));
  }

  /** The id of token {@code k} (0 the root), or {@code none} past either end. */
  private static int id(int[] ids, int k, int none) {
    return k >= 0 && k < ids.length ? ids[k] : none;
  }

  private void score(int[] features, float[] h, float[] scores) {
    java.util.Arrays.fill(h, 0);
    for (int j = 0; j < numTokens; j++) {
      add(h, row(features[j], j));
    }
    java.util.Arrays.fill(scores, 0);
    int i = 0;
    // four hidden units at a time: one load and store of the scores for four products each
    for (; i + 3 < hidden; i += 4) {
      float c0 = cube(h[i] + bias[i]);
      float c1 = cube(h[i + 1] + bias[i + 1]);
      float c2 = cube(h[i + 2] + bias[i + 2]);
      float c3 = cube(h[i + 3] + bias[i + 3]);
      float[] r0 = w2t[i];
      float[] r1 = w2t[i + 1];
      float[] r2 = w2t[i + 2];
      float[] r3 = w2t[i + 3];
      for (int l = 0; l < labels; l++) {
        scores[l] += c0 * r0[l] + c1 * r1[l] + c2 * r2[l] + c3 * r3[l];
      }
    }
    for (; i < hidden; i++) {
      float c = cube(h[i] + bias[i]);
      float[] r = w2t[i];
      for (int l = 0; l < labels; l++) {
        scores[l] += c * r[l];
      }
    }
  }

  private static float cube(float v) {
    return v * v * v;
  }

  private static void add(float[] h, float[] row) {
    for (int i = 0; i < h.length; i++) {
      h[i] += row[i];
    }
  }

  /** Feature {@code tok} at position {@code j} through the first layer. */
  private float[] row(int tok, int j) {
    if (tok >= firstTag) {
      int at = (tok - firstTag) * numTokens + j;
      float[] r = tagRows.get(at);
      if (r == null) {
        r = compute(tok, j);
        tagRows.set(at, r);
      }
      return r;
    }
    long key = (long) tok * numTokens + j;
    float[] r = rows.get(key);
    if (r != null) {
      return r;
    }
    r = compute(tok, j);
    if (wordRows.get() < MAX_WORD_ROWS && rows.putIfAbsent(key, r) == null) {
      wordRows.incrementAndGet();
    }
    return r;
  }

  private float[] compute(int tok, int j) {
    float[] out = new float[hidden];
    float[] e = words[tok];
    float[] slice = w1t[j];
    for (int k = 0; k < embedding; k++) {
      float a = e[k];
      int base = k * hidden;
      for (int i = 0; i < hidden; i++) {
        out[i] += a * slice[base + i];
      }
    }
    return out;
  }

  private static Object field(Object owner, Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(owner);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot read "
              + type.getSimpleName()
              + "."
              + name
              + " of CoreNLP's nndep parser: this code reads the model of CoreNLP 4.5.10;"
              + " check the stanford-corenlp version in pom.xml",
          e);
    }
  }
}
