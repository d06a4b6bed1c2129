package org.annals.time;

import java.math.BigDecimal;
import java.util.Set;

/**
 * An amount before a unit: digits ("12", "2.5", "12 1/2", "12½"), English number words ("three",
 * "twenty-five", "a hundred", "two and a half"), "a"/"an", or a vague amount ("several", "a few").
 *
 * @param amount the amount, or null when vague
 * @param end the token after the amount
 * @param article whether the amount is just "a" or "an"
 */
record Quantity(Double amount, int end, boolean article) {
  private static final Set<String> VAGUE =
      Set.of("several", "few", "many", "numerous", "countless");
  private static final Set<String> VAGUE_OF = Set.of("dozens", "hundreds", "thousands", "scores");

  /** The amount starting at token {@code i}, or null. */
  static Quantity at(Scan s, int i) {
    if (s.isNumber(i)) {
      return digits(s, i);
    }
    String w = s.w(i);
    if (w.equals("a") || w.equals("an")) {
      return article(s, i);
    }
    if (VAGUE.contains(w)) {
      return new Quantity(null, i + 1, false);
    }
    if (VAGUE_OF.contains(w) && s.reach(i + 1) && s.is(i + 1, "of")) {
      return new Quantity(null, i + 2, false);
    }
    if (w.equals("half") && s.reach(i + 1) && (s.is(i + 1, "a") || s.is(i + 1, "an"))) {
      return new Quantity(0.5, i + 2, false);
    }
    if (w.equals("couple") && s.reach(i + 1) && s.is(i + 1, "of")) {
      return new Quantity(2.0, i + 2, false);
    }
    return words(s, i);
  }

  private static Quantity article(Scan s, int i) {
    int j = i + 1;
    if (!s.reach(j)) {
      return new Quantity(1.0, j, true);
    }
    String w = s.w(j);
    if (w.equals("few") || w.equals("number") && s.reach(j + 1) && s.is(j + 1, "of")) {
      return new Quantity(null, w.equals("few") ? j + 1 : j + 2, false);
    }
    if (w.equals("couple")) {
      return new Quantity(2.0, s.reach(j + 1) && s.is(j + 1, "of") ? j + 2 : j + 1, false);
    }
    if (w.equals("dozen")) {
      return new Quantity(12.0, j + 1, false);
    }
    if (w.equals("hundred")) {
      return new Quantity(100.0, j + 1, false);
    }
    if (w.equals("half") && s.reach(j + 1)) {
      return new Quantity(0.5, j + 1, false);
    }
    return new Quantity(1.0, j, true);
  }

  private static Quantity digits(Scan s, int i) {
    if (s.digits(i) > 6 || s.ch(i - 1, '.') && s.joined(i) || s.ch(i - 1, ',') && s.joined(i)) {
      return null;
    }
    double n = s.number(i);
    int j = i + 1;
    if (s.ch(j, ',') && s.joined(j) && s.digits(j + 1) == 3 && s.joined(j + 1)) {
      n = n * 1000 + s.number(j + 1);
      j += 2;
    } else if (s.ch(j, '.')
        && s.joined(j)
        && s.isNumber(j + 1)
        && s.joined(j + 1)
        && s.digits(j + 1) <= 3) {
      n = Double.parseDouble(s.t.lower[i] + "." + s.t.lower[j + 1]);
      j += 2;
    }
    return fraction(s, n, j);
  }

  /** "12 1/2", "12½", "two and a half". */
  private static Quantity fraction(Scan s, double n, int j) {
    if (s.reach(j) && s.ch(j, '½')) {
      return new Quantity(n + 0.5, j + 1, false);
    }
    if (s.reach(j) && s.isNumber(j) && s.ch(j + 1, '/') && s.joined(j + 1) && s.joined(j + 2)) {
      int a = s.number(j);
      int b = s.number(j + 2);
      if (a > 0 && b > a && b <= 12) {
        return new Quantity(n + (double) a / b, j + 3, false);
      }
    }
    int k = s.seq(j, "and", "a", "half");
    if (k > 0 && s.reach(j)) {
      return new Quantity(n + 0.5, k, false);
    }
    return new Quantity(n, j, false);
  }

  private static Quantity words(Scan s, int i) {
    String w = s.w(i);
    Integer n = Lexicon.NUMBERS.get(w);
    int j = i + 1;
    Integer tens = Lexicon.TENS.get(w);
    if (tens != null) {
      n = tens;
      int k = s.dash(j) && s.joined(j) ? j + 1 : j;
      Integer ones = s.reach(k) ? Lexicon.NUMBERS.get(s.w(k)) : null;
      if (ones != null && ones > 0 && ones < 10) {
        n += ones;
        j = k + 1;
      }
    }
    if (n == null) {
      return null;
    }
    if (s.reach(j) && s.is(j, "hundred")) {
      n *= 100;
      j++;
    }
    return fraction(s, n, j);
  }

  /** An amount in a TIMEX3 value: "3", "12.5" (never an exponent). */
  static String format(double a) {
    if (a == Math.rint(a) && Math.abs(a) < 1e9) {
      return Long.toString((long) a);
    }
    return BigDecimal.valueOf(a).stripTrailingZeros().toPlainString();
  }
}
