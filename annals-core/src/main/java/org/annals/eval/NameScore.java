package org.annals.eval;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Author names compared as sets: case-insensitive, whitespace squashed; each predicted name found
 * among the true names is a match. Precision and recall are micro-averaged over names.
 */
public final class NameScore {
  private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;]\\s*");
  private static final Pattern BYLINE_SEPARATORS =
      Pattern.compile(
          "\\s*(?:[,;&|]|\\band\\b)\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BY = Pattern.compile("^\\s*by\\s+", Pattern.CASE_INSENSITIVE);

  private NameScore() {}

  /**
   * Name counts, for one page or summed over a corpus.
   *
   * @param matched predicted names that are true names
   * @param predicted distinct predicted names
   * @param expected distinct true names
   */
  public record Counts(int matched, int predicted, int expected) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
      if (matched < 0 || matched > predicted || matched > expected) {
        throw new IllegalArgumentException(
            "name counts inconsistent: matched "
                + matched
                + " of "
                + predicted
                + " predicted, "
                + expected
                + " expected");
      }
    }

    public Counts plus(Counts o) {
      return new Counts(matched + o.matched, predicted + o.predicted, expected + o.expected);
    }

    /** matched/predicted. */
    public double precision() {
      return SegmentScore.ratio(matched, predicted);
    }

    /** matched/expected. */
    public double recall() {
      return SegmentScore.ratio(matched, expected);
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
      return ShingleScore.harmonic(precision(), recall());
    }
  }

  /** Splits a joined author string ({@code "A, B"} or {@code "A; B"}) into names. */
  public static List<String> split(String joined) {
    if (joined == null || joined.isBlank()) {
      return List.of();
    }
    return SEPARATORS.splitAsStream(joined.strip()).filter(s -> !s.isBlank()).toList();
  }

  /**
   * Splits a free-form byline ({@code "By A and B"}) into names: a leading "by" dropped, names
   * separated by commas, semicolons, ampersands, bars or "and".
   */
  public static List<String> splitByline(String byline) {
    if (byline == null || byline.isBlank()) {
      return List.of();
    }
    String b = BY.matcher(byline.strip()).replaceFirst("");
    return BYLINE_SEPARATORS.splitAsStream(b).filter(s -> !s.isBlank()).toList();
  }

  /** A name's comparison key: lower case, whitespace squashed, ends trimmed. */
  public static String key(String name) {
    return SegmentScore.normalise(name).toLowerCase(Locale.ROOT);
  }

  /** Scores {@code got} against {@code expected}. */
  public static Counts score(Collection<String> expected, Collection<String> got) {
    Set<String> e = keys(expected);
    Set<String> g = keys(got);
    int matched = 0;
    for (String name : g) {
      matched += e.contains(name) ? 1 : 0;
    }
    return new Counts(matched, g.size(), e.size());
  }

  private static Set<String> keys(Collection<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      String k = key(n);
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return out;
  }
}
