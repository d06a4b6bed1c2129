package org.annals.eval;

/**
 * The htmldate evaluation rules for one publication date per page (see {@code
 * ../shared/data/extraction/htmldate-eval/README.md}, "How htmldate scores"), compared as exact
 * {@code YYYY-MM-DD} strings.
 *
 * <ul>
 *   <li>output equals the reference: TP;
 *   <li>output differs from the reference (or there is no reference): FP only;
 *   <li>no output, a reference exists: FN;
 *   <li>no output and no reference (upstream NaN): TN and also FN, as the upstream script does.
 * </ul>
 */
public final class DateScore {
  private DateScore() {}

  /**
   * Counts, for one page or summed over a corpus.
   *
   * @param pages the number of pages counted (the accuracy's denominator)
   */
  public record Counts(int tp, int fp, int fn, int tn, int pages) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

    public Counts {
      if (tp < 0 || fp < 0 || fn < 0 || tn < 0 || pages < 0) {
        throw new IllegalArgumentException("date counts must be >= 0");
      }
    }

    public Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn, pages + o.pages);
    }

    /** TP/(TP+FP). */
    public double precision() {
      return SegmentScore.ratio(tp, tp + fp);
    }

    /** TP/(TP+FN): here "gave an answer when one was expected". */
    public double recall() {
      return SegmentScore.ratio(tp, tp + fn);
    }

    /** (TP+TN)/pages. */
    public double accuracy() {
      return SegmentScore.ratio(tp + tn, pages);
    }

    /** 2TP/(2TP+FP+FN). */
    public double f() {
      return SegmentScore.ratio(2 * tp, 2 * tp + fp + fn);
    }
  }

  /**
   * Scores one page: {@code expected} is the reference day ({@code null} for none, upstream NaN),
   * {@code got} our day ({@code null} when we gave none); both {@code YYYY-MM-DD}.
   */
  public static Counts score(String expected, String got) {
    if (got != null) {
      return got.equals(expected) ? new Counts(1, 0, 0, 0, 1) : new Counts(0, 1, 0, 0, 1);
    }
    return expected != null ? new Counts(0, 0, 1, 0, 1) : new Counts(0, 0, 1, 1, 1);
  }
}
