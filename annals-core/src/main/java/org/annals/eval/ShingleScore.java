package org.annals.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zyte article-extraction-benchmark body metric (see {@code
 * ../shared/data/extraction/zyte-benchmark/README.md}, "How the score is computed"): Unicode {@code
 * \w+} tokens with case kept, 4-token shingles counted as multisets (the whole token list as one
 * shingle when it has fewer than 4 tokens), per-page TP/FP/FN normalised by their sum, and
 * macro-averaged precision and recall whose harmonic mean is the F1.
 */
public final class ShingleScore {
  /** Tokens per shingle. */
  public static final int SHINGLE = 4;

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ShingleScore() {}

  /**
   * One page's normalised counts.
   *
   * @param tp shared shingles, divided by tp + fp + fn (0 when all are 0)
   * @param fp shingles only in the prediction, normalised the same way
   * @param fn shingles only in the truth, normalised the same way
   * @param exact whether the predicted token list equals the true one
   */
  public record Page(double tp, double fp, double fn, boolean exact) {
    public Page {
      if (tp < 0 || fp < 0 || fn < 0) {
        throw new IllegalArgumentException(
            "shingle counts must be >= 0, got " + tp + "/" + fp + "/" + fn);
      }
    }

    /** TP/(TP+FP), or 1 when FP and FN are both 0. */
    public double precision() {
      return fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
    }

    /** TP/(TP+FN), or 1 when FP and FN are both 0. */
    public double recall() {
      return fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
    }

    /** The harmonic mean of this page's precision and recall (for error analysis only). */
    public double f1() {
      return harmonic(precision(), recall());
    }

    /** Whether the prediction has any shingle (the page counts toward the precision average). */
    public boolean predicted() {
      return tp + fp > 0;
    }

    /** Whether the truth has any shingle (the page counts toward the recall average). */
    public boolean annotated() {
      return tp + fn > 0;
    }
  }

  /**
   * Corpus figures.
   *
   * @param precision mean page precision over pages with a non-empty prediction
   * @param recall mean page recall over pages with a non-empty truth
   * @param f1 the harmonic mean of {@code precision} and {@code recall}
   * @param accuracy the share of pages whose token lists are equal
   * @param pages the number of pages
   */
  public record Summary(double precision, double recall, double f1, double accuracy, int pages) {}

  /**
   * Bootstrap standard deviations (population) of the corpus figures.
   *
   * @param resamples how many resamples of the pages, with replacement
   */
  public record Spread(
      double precision, double recall, double f1, double accuracy, int resamples) {}

  /** The Unicode word tokens of {@code text}, case kept. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The 4-token shingles of {@code tokens} with their counts (a space joins a shingle's tokens).
   */
  public static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < SHINGLE) {
      out.put(String.join(" ", tokens), 1);
      return out;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }

  /** Scores one page: {@code prediction} against {@code truth}; null counts as empty. */
  public static Page score(String truth, String prediction) {
    List<String> t = tokens(truth);
    List<String> p = tokens(prediction);
    Map<String, Integer> ts = shingles(t);
    Map<String, Integer> ps = shingles(p);
    long tp = 0;
    long fp = 0;
    for (Map.Entry<String, Integer> e : ps.entrySet()) {
      int inTruth = ts.getOrDefault(e.getKey(), 0);
      tp += Math.min(inTruth, e.getValue());
      fp += Math.max(0, e.getValue() - inTruth);
    }
    long fn = 0;
    for (Map.Entry<String, Integer> e : ts.entrySet()) {
      fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    boolean exact = t.equals(p);
    return sum == 0 ? new Page(0, 0, 0, exact) : new Page(tp / sum, fp / sum, fn / sum, exact);
  }

  /** The corpus figures over {@code pages}. */
  public static Summary summarise(List<Page> pages) {
    double p = 0;
    double r = 0;
    int np = 0;
    int nr = 0;
    int exact = 0;
    for (Page page : pages) {
      if (page.predicted()) {
        p += page.precision();
        np++;
      }
      if (page.annotated()) {
        r += page.recall();
        nr++;
      }
      exact += page.exact() ? 1 : 0;
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double accuracy = pages.isEmpty() ? 0 : (double) exact / pages.size();
    return new Summary(precision, recall, harmonic(precision, recall), accuracy, pages.size());
  }

  /**
   * The standard deviations of the corpus figures over {@code resamples} bootstrap resamples of
   * {@code pages}, drawn with a generator seeded with {@code seed} (so the figures repeat).
   */
  public static Spread bootstrap(List<Page> pages, int resamples, long seed) {
    if (pages.isEmpty() || resamples <= 0) {
      return new Spread(0, 0, 0, 0, 0);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[][] values = new double[4][resamples];
    List<Page> sample = new ArrayList<>(pages.size());
    for (int i = 0; i < resamples; i++) {
      sample.clear();
      for (int j = 0; j < pages.size(); j++) {
        sample.add(pages.get(random.nextInt(pages.size())));
      }
      Summary s = summarise(sample);
      values[0][i] = s.precision();
      values[1][i] = s.recall();
      values[2][i] = s.f1();
      values[3][i] = s.accuracy();
    }
    return new Spread(std(values[0]), std(values[1]), std(values[2]), std(values[3]), resamples);
  }

  static double harmonic(double a, double b) {
    return a + b == 0 ? 0 : 2 * a * b / (a + b);
  }

  static double std(double[] xs) {
    double mean = 0;
    for (double x : xs) {
      mean += x;
    }
    mean /= xs.length;
    double var = 0;
    for (double x : xs) {
      var += (x - mean) * (x - mean);
    }
    return Math.sqrt(var / xs.length);
  }
}
