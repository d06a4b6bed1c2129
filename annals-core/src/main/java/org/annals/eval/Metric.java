package org.annals.eval;

/**
 * One corpus figure.
 *
 * @param name dotted name, such as {@code body.f1} or {@code headline.exact}
 * @param value the figure, in [0, 1]
 * @param std its bootstrap standard deviation, or {@code NaN} when not computed
 * @param n the number of pages (or, for micro-averages, pages) it was computed over
 */
public record Metric(String name, double value, double std, int n) {
  public Metric {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("metric name must not be blank");
    }
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("metric " + name + " must lie in [0, 1], got " + value);
    }
    if (n < 0) {
      throw new IllegalArgumentException("metric " + name + " page count must be >= 0, got " + n);
    }
  }

  /** A figure without a spread. */
  public static Metric of(String name, double value, int n) {
    return new Metric(name, value, Double.NaN, n);
  }

  /** Whether a bootstrap spread is known. */
  public boolean hasStd() {
    return !Double.isNaN(std);
  }
}
