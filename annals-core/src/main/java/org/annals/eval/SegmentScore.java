package org.annals.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The trafilatura evaluation metric (see {@code
 * ../shared/data/extraction/trafilatura-eval/README.md}, "How the benchmark scores"): each {@code
 * with} segment found in the whitespace-normalised text is a TP (else an FN), each {@code without}
 * segment found is an FP (else a TN); counts are summed over the corpus.
 */
public final class SegmentScore {
  private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private SegmentScore() {}

  /**
   * Segment counts, for one page or summed over a corpus.
   *
   * @param tp {@code with} segments found
   * @param fn {@code with} segments missing
   * @param fp {@code without} segments found
   * @param tn {@code without} segments missing
   */
  public record Counts(int tp, int fn, int fp, int tn) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts {
      if (tp < 0 || fn < 0 || fp < 0 || tn < 0) {
        throw new IllegalArgumentException(
            "segment counts must be >= 0, got " + tp + "/" + fn + "/" + fp + "/" + tn);
      }
    }

    public Counts plus(Counts o) {
      return new Counts(tp + o.tp, fn + o.fn, fp + o.fp, tn + o.tn);
    }

    /** TP/(TP+FP), 0 when nothing was found. */
    public double precision() {
      return ratio(tp, tp + fp);
    }

    /** TP/(TP+FN). */
    public double recall() {
      return ratio(tp, tp + fn);
    }

    /** (TP+TN)/all. */
    public double accuracy() {
      return ratio(tp + tn, tp + tn + fp + fn);
    }

    /** 2TP/(2TP+FP+FN). */
    public double f1() {
      return ratio(2 * tp, 2 * tp + fp + fn);
    }
  }

  /** Any run of whitespace as one space, ends trimmed. */
  public static String normalise(String s) {
    return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
  }

  /**
   * Scores the extracted {@code text} (null or empty for a crash: every {@code with} segment is
   * then missed and every {@code without} segment correctly absent).
   */
  public static Counts score(String text, List<String> with, List<String> without) {
    String t = normalise(text);
    int tp = 0;
    for (String w : with) {
      tp += found(t, w) ? 1 : 0;
    }
    int fp = 0;
    for (String w : without) {
      fp += found(t, w) ? 1 : 0;
    }
    return new Counts(tp, with.size() - tp, fp, without.size() - fp);
  }

  private static boolean found(String text, String segment) {
    return !text.isEmpty() && text.contains(normalise(segment));
  }

  static double ratio(double num, double den) {
    return den == 0 ? 0 : num / den;
  }
}
