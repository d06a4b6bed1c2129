package org.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Dependency trees on demand: CoreNLP's neural transition parser (Chen and Manning 2014, English UD
 * model), called directly on our tokens. Parsing is the costliest step of the NLP stage (measured
 * on the seed, 2 cores: about 10 ms a sentence, against 3 ms for tagging and names), so {@code
 * annotate} does not parse; the event coder parses only the sentences it may code. The model loads
 * once per JVM, on first use (1.5–6 s, with the load of the machine), and is shared by all threads.
 */
public final class Syntax {
  /** Sentences longer than this are not parsed (tables, lists run together): no arcs. */
  public static final int MAX_TOKENS = 120;

  private Syntax() {}

  /**
   * The arcs of sentence {@code sentence} of {@code article}, one per token, ordered by dependent;
   * empty when the sentence is longer than {@link #MAX_TOKENS} or has no tokens.
   */
  public static List<Dependency> parse(AnnotatedArticle article, int sentence) {
    List<Token> tokens = tokensOf(article.tokens(), sentence);
    if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
      return List.of();
    }
    int[] heads = new int[tokens.size() + 1];
    String[] relations = Holder.SCORER.parse(labels(tokens), heads);
    int first = tokens.get(0).index();
    List<Dependency> out = new ArrayList<>(tokens.size());
    for (int k = 1; k <= tokens.size(); k++) {
      int dependent = first + k - 1;
      out.add(
          heads[k] == 0
              ? new Dependency(dependent, -1, "root")
              : new Dependency(dependent, first + heads[k] - 1, relations[k]));
    }
    return out;
  }

  /**
   * The same arcs as {@link #parse}, from CoreNLP's own {@code DependencyParser.predict}: the
   * reference the faster forward pass is checked against (and timed against in {@code EventBench}).
   */
  static List<Dependency> parseWithCoreNlp(AnnotatedArticle article, int sentence) {
    List<Token> tokens = tokensOf(article.tokens(), sentence);
    if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
      return List.of();
    }
    GrammaticalStructure g = Holder.PARSER.predict(labels(tokens));
    int first = tokens.get(0).index();
    List<Dependency> out = new ArrayList<>(tokens.size());
    for (TypedDependency d : g.typedDependencies()) {
      int dependent = first + d.dep().index() - 1;
      int governor = d.gov().index();
      out.add(
          governor == 0
              ? new Dependency(dependent, -1, "root")
              : new Dependency(dependent, first + governor - 1, d.reln().toString()));
    }
    out.sort(Comparator.comparingInt(Dependency::dependent));
    return out;
  }

  private static List<CoreLabel> labels(List<Token> tokens) {
    List<CoreLabel> labels = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setTag(t.pos());
      l.setLemma(t.lemma());
      l.setIndex(labels.size() + 1);
      labels.add(l);
    }
    return labels;
  }

  /**
   * The tokens of sentence {@code sentence}: tokens are in sentence order, so the first is found by
   * binary search (the coder asks for many sentences of one article).
   */
  public static List<Token> tokensOf(List<Token> all, int sentence) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).sentence() < sentence) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < all.size() && all.get(end).sentence() == sentence) {
      end++;
    }
    return all.subList(lo, end);
  }

  /** Loads the parser now (a server pays this once at start). */
  public static void warmUp() {
    Holder.SCORER.hashCode();
  }

  private static final class Holder {
    static final DependencyParser PARSER =
        DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, options());
    static final FastScorer SCORER = new FastScorer(PARSER);

    /**
     * No precomputed table and no cache in CoreNLP's own scorer: {@link FastScorer} keeps its own
     * rows, and CoreNLP's {@code predict} is only the reference in tests and benches. (With its own
     * scorer, CoreNLP precomputing 5,000 features gave 514 µs a token, 30,000 gave 239 µs; thread
     * CPU, 2026-11-29.)
     */
    private static java.util.Properties options() {
      java.util.Properties p = new java.util.Properties();
      p.setProperty("numPreComputed", "0");
      p.setProperty("numCached", "0");
      return p;
    }
  }
}
