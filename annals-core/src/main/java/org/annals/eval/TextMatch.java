package org.annals.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/** Exact and lenient comparison of short strings such as headlines and bylines. */
public final class TextMatch {
  private static final Pattern NOT_WORD =
      Pattern.compile("[^\\p{L}\\p{N}]+", Pattern.UNICODE_CHARACTER_CLASS);

  private TextMatch() {}

  /**
   * Invisible formatting characters: soft hyphens, zero-width spaces and joiners, direction marks.
   */
  private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

  /**
   * Equal after squashing whitespace and dropping invisible formatting characters (a soft hyphen
   * (U+00AD) shows nothing); two absent values are equal, absent and present are not.
   */
  public static boolean exact(String expected, String got) {
    return visible(expected).equals(visible(got));
  }

  private static String visible(String s) {
    return SegmentScore.normalise(s == null ? null : INVISIBLE.matcher(s).replaceAll(""));
  }

  /** Equal after dropping case, punctuation and symbols and squashing whitespace. */
  public static boolean lenient(String expected, String got) {
    return lenientKey(expected).equals(lenientKey(got));
  }

  /** The lenient comparison key: lower-case letters and digits, one space between words. */
  public static String lenientKey(String s) {
    return s == null ? "" : NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
